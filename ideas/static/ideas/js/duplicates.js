// Likely duplicates while an author types an idea's title and summary (Wagtail editor).
// Asks the admin's duplicates endpoint, half a second after the last keystroke, and lists
// what it answers, leaving out the idea itself and the idea it derives from (the chooser's
// current value). Text is inserted as text, never as HTML.
(function () {
  "use strict";

  var DELAY_MS = 500;

  function item(match, labels) {
    var li = document.createElement("li");
    li.className = "idea-duplicates__item";
    var title = document.createElement("strong");
    title.textContent = match.title;
    li.appendChild(title);
    [
      [match.status, "w-status"],
      [match.stage, ""],
    ].forEach(function (part) {
      var span = document.createElement("span");
      span.className = part[1];
      span.textContent = part[0];
      li.appendChild(document.createTextNode(" "));
      li.appendChild(span);
    });
    [
      [match.edit_url, labels.edit],
      [match.url, labels.open],
    ].forEach(function (link) {
      if (!link[0]) return;
      var a = document.createElement("a");
      a.href = link[0];
      a.target = "_blank";
      a.rel = "noopener";
      a.textContent = link[1];
      li.appendChild(document.createTextNode(" "));
      li.appendChild(a);
    });
    li.appendChild(document.createElement("br"));
    var summary = document.createElement("span");
    summary.className = "idea-duplicates__summary";
    summary.textContent = match.summary;
    li.appendChild(summary);
    return li;
  }

  function init(panel) {
    var title = document.getElementById(panel.dataset.titleId);
    var summary = document.getElementById(panel.dataset.summaryId);
    var list = panel.querySelector("[data-duplicates-list]");
    var empty = panel.querySelector("[data-duplicates-empty]");
    var labels = { open: panel.dataset.labelOpen, edit: panel.dataset.labelEdit };
    var timer = null;
    var controller = null;
    var last = null;

    function render(results) {
      list.replaceChildren.apply(
        list,
        results.map(function (match) {
          return item(match, labels);
        }),
      );
      empty.hidden = results.length > 0;
    }

    function check() {
      var params = new URLSearchParams();
      params.set("title", title ? title.value : "");
      params.set("summary", summary ? summary.value : "");
      if (panel.dataset.exclude) params.append("exclude", panel.dataset.exclude);
      var derived = document.getElementById(panel.dataset.derivedId);
      if (derived && /^[0-9]+$/.test(derived.value)) params.append("exclude", derived.value);
      var query = params.toString();
      if (query === last) return;
      last = query;
      if (controller) controller.abort();
      controller = new AbortController();
      fetch(panel.dataset.endpoint + "?" + query, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        signal: controller.signal,
      })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (data) {
          if (data && Array.isArray(data.results)) render(data.results);
        })
        .catch(function () {
          // Offline, aborted or refused: keep the list as it is.
        });
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, DELAY_MS);
    }

    [title, summary].forEach(function (field) {
      if (field) field.addEventListener("input", schedule);
    });
  }

  function start() {
    document.querySelectorAll("[data-idea-duplicates]").forEach(init);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
