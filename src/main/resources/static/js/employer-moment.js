// Contact moment form: Enter in the client search asks for matches (htmx) instead of submitting the form, and Enter
// in any other field saves. Without this script the search button is the form's default button, so Enter searches
// and keeps what was typed; nothing is lost either way.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var search = document.getElementById("werkzoekende-zoek");
    if (!search || !search.form) {
      return;
    }
    var form = search.form;
    var save = form.querySelector("button[type=submit]:not([name=actie])");
    form.addEventListener("keydown", function (event) {
      var type = event.target.type;
      if (event.key !== "Enter" || event.target.tagName !== "INPUT" || ["checkbox", "radio", "submit", "button"].indexOf(type) >= 0) {
        return;
      }
      event.preventDefault();
      if (event.target === search) {
        if (window.htmx) {
          window.htmx.trigger(search, "search");
        }
      } else if (save) {
        form.requestSubmit(save);
      }
    });
  });
})();
