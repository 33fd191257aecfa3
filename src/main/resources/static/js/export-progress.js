// Export page: while a migration export runs, ask its status every two seconds and move the progress bar. Without this
// script the page shows the stored progress and a link to reload it.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("export-voortgang");
    if (!box || box.dataset.status !== "bezig" || !window.fetch) {
      return;
    }
    var bar = document.getElementById("export-balk");
    var text = document.getElementById("export-tekst");
    var download = document.getElementById("export-download");
    var reload = document.getElementById("export-herladen");
    if (reload) {
      reload.hidden = true;
    }
    function show(s) {
      bar.value = s.procent;
      bar.textContent = s.procent + "%";
      var template = box.dataset["text" + s.status.charAt(0).toUpperCase() + s.status.slice(1)] || "";
      var message = template.replace("{0}", s.verwerkt).replace("{1}", s.totaal);
      if (text.textContent !== message) {
        text.textContent = message;
      }
      if (s.status === "klaar") {
        download.hidden = false;
      }
      return s.status === "bezig";
    }
    function poll() {
      fetch(box.dataset.statusUrl, {headers: {"Accept": "application/json"}, credentials: "same-origin"})
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (s) { if (show(s)) { window.setTimeout(poll, 2000); } })
        .catch(function () { if (reload) { reload.hidden = false; } });
    }
    window.setTimeout(poll, 1000);
  });
})();
