/* Lexsite: small enhancements on top of pages that work without script. A classic script, so it runs from
   file:// as well as over http; it fetches nothing. */
(function () {
  "use strict";

  /* "Copy citation and link" */
  function setUpCopy() {
    document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
      button.hidden = false;
      var status = button.parentNode.querySelector(".copy-status");
      button.addEventListener("click", function () {
        copyText(button.getAttribute("data-copy"), function (ok) {
          if (status) status.textContent = ok ? "Copied." : "Could not copy: select the text instead.";
        });
      });
    });
  }

  function copyText(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
    } else {
      done(fallbackCopy(text));
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  /* Popups: hovering over or focusing a citation shows the cited text, read from this page. */
  var popup = null;
  var owner = null;
  var hideTimer = 0;

  function sourceFor(link) {
    var id = link.getAttribute("data-target");
    return document.getElementById("pop-" + id) || document.getElementById(id);
  }

  function showPopup(link) {
    var source = sourceFor(link);
    if (!source) return;
    clearTimeout(hideTimer);
    if (!popup) {
      popup = document.createElement("div");
      popup.className = "popup";
      popup.id = "citation-popup";
      popup.setAttribute("role", "tooltip");
      popup.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
      popup.addEventListener("mouseleave", scheduleHide);
      document.body.appendChild(popup);
    }
    popup.textContent = "";
    var label = document.createElement("p");
    label.className = "popup-label";
    label.textContent = source.getAttribute("data-label") || link.textContent;
    popup.appendChild(label);
    var paragraphs = source.id.indexOf("pop-") === 0 ? source.querySelectorAll("p") : [source];
    Array.prototype.forEach.call(paragraphs, function (p) {
      var line = document.createElement("p");
      line.textContent = p.textContent.replace(/\s+/g, " ").trim().replace(/^#\s*/, "");
      popup.appendChild(line);
    });
    popup.hidden = false;
    var box = link.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - popup.offsetWidth - 8));
    popup.style.left = left + "px";
    popup.style.top = (box.bottom + window.scrollY + 6) + "px";
    if (owner && owner !== link) owner.removeAttribute("aria-describedby");
    owner = link;
    link.setAttribute("aria-describedby", "citation-popup");
  }

  function hidePopup() {
    if (popup) popup.hidden = true;
    if (owner) owner.removeAttribute("aria-describedby");
    owner = null;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hidePopup, 300);
  }

  function setUpPopups() {
    document.addEventListener("mouseover", function (e) {
      var link = e.target.closest && e.target.closest("a.xref[data-target]");
      if (link) showPopup(link);
    });
    document.addEventListener("mouseout", function (e) {
      var link = e.target.closest && e.target.closest("a.xref[data-target]");
      if (link) scheduleHide();
    });
    document.addEventListener("focusin", function (e) {
      if (e.target.matches && e.target.matches("a.xref[data-target]")) showPopup(e.target);
      else if (!(popup && popup.contains(e.target))) hidePopup();
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape") hidePopup();
    });
  }

  function start() {
    setUpCopy();
    setUpPopups();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
