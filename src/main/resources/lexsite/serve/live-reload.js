// Injected by `lexsite serve` into the pages it serves, never written into the site: reloads the page when a
// rebuild has succeeded, and shows a failed rebuild's errors over the last good site until the next success.
(function () {
  "use strict";
  var seen = null;
  function show(error) {
    var box = document.getElementById("lexsite-build-error");
    if (!error) {
      if (box) box.remove();
      return;
    }
    if (!box) {
      box = document.createElement("pre");
      box.id = "lexsite-build-error";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;padding:1em;" +
        "background:#fff3f3;color:#6b0000;border-top:3px solid #b00020;font:14px/1.4 monospace;white-space:pre-wrap;z-index:99999";
      document.body.appendChild(box);
    }
    box.textContent = "lexsite serve: the last rebuild failed, so this is the last good site.\n\n" + error;
  }
  function poll() {
    fetch("/_lexsite/state", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (state) {
        if (seen !== null && state.builds !== seen) {
          location.reload();
          return;
        }
        seen = state.builds;
        show(state.error);
        setTimeout(poll, 250);
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
