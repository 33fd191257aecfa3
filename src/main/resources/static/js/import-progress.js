// Follows a running import: asks for its progress every second and reloads the page when the step is over,
// so the report or result appears. Without JavaScript the page offers a refresh link instead.
(function () {
    var box = document.querySelector('[data-import-status]');
    if (!box) { return; }
    var url = box.getAttribute('data-import-status');
    var status = box.getAttribute('data-status');
    var bar = document.getElementById('voortgang');
    var text = document.getElementById('voortgang-tekst');
    function poll() {
        fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (job) {
                if (!job) { return; }
                if (job.status !== status) { window.location.reload(); return; }
                bar.value = job.verwerkt;
                bar.max = Math.max(job.rijen, 1);
                text.textContent = job.verwerkt + ' van ' + job.rijen + ' rijen';
                setTimeout(poll, 1000);
            })
            .catch(function () { setTimeout(poll, 3000); });
    }
    setTimeout(poll, 1000);
}());
