// Wagtail's autosave cannot save a page without a title, and says so ("autosave paused:
// validation errors") while the author has only started a new page. Until the title field
// holds something, the autosave is skipped (Wagtail lets "w-autosave:save" be cancelled);
// pressing Save still shows every error next to its field.
(function () {
  "use strict";

  document.addEventListener("w-autosave:save", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    var title = form.elements.namedItem("title");
    if (title && typeof title.value === "string" && !title.value.trim()) {
      event.preventDefault();
    }
  });
})();
