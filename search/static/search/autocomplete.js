/*
 * Autocomplete for search boxes: a progressive enhancement (the form works without it).
 * Enhances every `input[data-autocomplete-url]`, and any `form[role=search] input[name=q]`
 * (using /search/autocomplete/). ARIA 1.2 combobox with a listbox; arrow keys move, Enter
 * opens the highlighted suggestion, Escape closes. Suggestions are inserted as text only.
 */
(function () {
    "use strict";

    var DEFAULT_URL = "/search/autocomplete/";
    var DELAY = 150;
    var MIN_CHARS = 2;
    var counter = 0;

    function enhance(input) {
        if (input.dataset.autocompleteReady) { return; }
        input.dataset.autocompleteReady = "1";
        counter += 1;

        var url = input.dataset.autocompleteUrl || DEFAULT_URL;
        var kinds = {
            ide: input.dataset.autocompleteLabelIde || "Ide",
            tag: input.dataset.autocompleteLabelTag || "Label",
            instansi: input.dataset.autocompleteLabelInstansi || "Perangkat daerah"
        };
        var statusText = input.dataset.autocompleteStatus || "%(n)s saran tersedia.";
        var listId = "ac-list-" + counter;

        var wrapper = document.createElement("div");
        wrapper.className = "ac";
        // Moving the box drops its focus, including the page's autofocus: give it back.
        var focused = document.activeElement === input || input.autofocus;
        input.parentNode.insertBefore(wrapper, input);
        wrapper.appendChild(input);
        if (focused) {
            input.focus();
        }

        var list = document.createElement("ul");
        list.id = listId;
        list.className = "ac__list";
        list.setAttribute("role", "listbox");
        list.hidden = true;
        wrapper.appendChild(list);

        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");
        wrapper.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        if (input.labels && input.labels.length) {
            list.setAttribute("aria-labelledby", input.labels[0].id || (input.labels[0].id = listId + "-label"));
        }

        var items = [];
        var active = -1;
        var timer = null;
        var controller = null;
        var lastQuery = null;

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function setActive(index) {
            var options = list.children;
            if (active >= 0 && options[active]) { options[active].setAttribute("aria-selected", "false"); }
            active = index;
            if (active >= 0 && options[active]) {
                options[active].setAttribute("aria-selected", "true");
                input.setAttribute("aria-activedescendant", options[active].id);
                options[active].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function go(index) {
            var item = items[index];
            if (item && item.url) { window.location.assign(item.url); }
        }

        function render(suggestions) {
            items = suggestions;
            while (list.firstChild) { list.removeChild(list.firstChild); }
            active = -1;
            suggestions.forEach(function (item, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.className = "ac__option ac__option--" + item.kind;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                var label = document.createElement("span");
                label.className = "ac__label";
                label.textContent = item.label;
                var kind = document.createElement("span");
                kind.className = "ac__kind";
                kind.textContent = kinds[item.kind] || item.kind;
                option.appendChild(label);
                option.appendChild(kind);
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();  // keep focus in the input
                    go(i);
                });
                list.appendChild(option);
            });
            if (suggestions.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            } else {
                close();
            }
            status.textContent = suggestions.length ? statusText.replace("%(n)s", suggestions.length) : "";
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query === lastQuery) { return; }
            lastQuery = query;
            if (controller) { controller.abort(); }
            if (query.length < MIN_CHARS || !window.fetch) { render([]); return; }
            controller = window.AbortController ? new AbortController() : null;
            var target = url + (url.indexOf("?") >= 0 ? "&" : "?") + "q=" + encodeURIComponent(query);
            window.fetch(target, {
                headers: { Accept: "application/json" },
                credentials: "same-origin",
                signal: controller ? controller.signal : undefined
            }).then(function (response) {
                return response.ok ? response.json() : { suggestions: [] };
            }).then(function (data) {
                if (input.value.trim() !== query) { return; }  // typed on meanwhile
                render(Array.isArray(data.suggestions) ? data.suggestions : []);
            }).catch(function () { /* offline or aborted: the plain form still works */ });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            var open = !list.hidden && items.length;
            if (event.key === "ArrowDown") {
                if (!open) { lastQuery = null; fetchSuggestions(); return; }
                event.preventDefault();
                setActive(active + 1 >= items.length ? 0 : active + 1);
            } else if (event.key === "ArrowUp") {
                if (!open) { return; }
                event.preventDefault();
                setActive(active <= 0 ? items.length - 1 : active - 1);
            } else if (event.key === "Enter") {
                if (open && active >= 0) {
                    event.preventDefault();
                    go(active);
                }
            } else if (event.key === "Escape") {
                if (open) {
                    event.preventDefault();
                    close();
                }
            } else if (event.key === "Tab") {
                close();
            }
        });

        input.addEventListener("blur", function () { window.setTimeout(close, 100); });
        input.addEventListener("focus", function () {
            if (items.length && input.value.trim() === lastQuery) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
        });
    }

    function init() {
        var inputs = document.querySelectorAll(
            "input[data-autocomplete-url], form[role=search] input[name=q]"
        );
        Array.prototype.forEach.call(inputs, enhance);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
