// Injected by `lexsite serve` into the pages it serves, never written into the site: reloads the page when what the
// server serves at its address has changed (a quick preview of an edit, or a rebuild), and shows a failed rebuild's
// errors over the last good site until the next success. It asks for news with the state it has seen, and the server
// answers once there is some (a long poll), so a page follows an edit as soon as it is served.
(function () {
  "use strict";
  var script = document.currentScript;
  var page = script ? script.getAttribute("data-page") : null; // this page's ETag, without its quotes
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
  // Reloads unless the server still sends this very page (other pages changed, or only the error did).
  function reloadIfChanged(then) {
    fetch(location.href, { method: "HEAD", cache: "no-store" })
      .then(function (r) {
        if (page === null || r.headers.get("ETag") !== "\"" + page + "\"") location.reload();
        else then();
      })
      .catch(function () { location.reload(); });
  }
  function poll(builds) {
    // The page says which it is, so that a preview renders the pages open in a browser first.
    var query = "?page=" + encodeURIComponent(location.pathname) + (seen === null ? "" : "&seen=" + seen);
    fetch("/_lexsite/state" + query, { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (state) {
        seen = state.news;
        var next = function () { show(state.error); poll(state.builds); };
        if (builds !== null && state.builds !== builds) reloadIfChanged(next);
        else next();
      })
      .catch(function () { setTimeout(function () { poll(builds); }, 1000); });
  }
  poll(null);
})();
