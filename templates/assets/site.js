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

  /* Search: citations ("art 24i", "Article 15(1)", "чл. 24и") and gazette issues ("SG 52/2025") go straight
     to their page. */
  var ARTICLE = /^\s*(?:art(?:icle)?s?\.?|чл\.?|член)?\s*(\d{1,3})\s*([a-zа-я]{0,3})(?![a-zа-я])\s*(?:\(\s*(\d{1,2}[a-z]?)\s*\)|,?\s*(?:para(?:graph)?\.?|ал\.?|\(?)\s*(\d{1,2}[a-z]?)\)?)?(?:,?\s*(?:item|point|т\.)\s*(\d{1,2}[a-z]?))?\s*$/i;
  var SECTION = /^\s*§\s*(\d{1,2})\s*$/;
  var GAZETTE = /(?:\bSG|State\s+Gazette|ДВ)\s*(?:No\.?|бр\.?|issue)?\s*(\d{1,3})\s*(?:\/|\bof\b|от)\s*(\d{4}|\d{2})\b/i;

  function searchData() {
    var data = document.getElementById("search-data");
    if (!data) return null;
    return {
      articles: Array.prototype.slice.call(data.querySelectorAll("[data-kind=articles] li")),
      issues: Array.prototype.slice.call(data.querySelectorAll("[data-kind=issues] li"))
    };
  }

  function findCitation(query, data) {
    var g = GAZETTE.exec(query);
    if (g) {
      var year = g[2].length === 2 ? "20" + g[2] : g[2];
      var issue = data.issues.filter(function (li) {
        return li.getAttribute("data-number") === String(Number(g[1])) && li.getAttribute("data-year") === year;
      })[0];
      return issue ? { href: issue.querySelector("a").getAttribute("href"), label: "State Gazette No. " + Number(g[1]) + " of " + year } : null;
    }
    var s = SECTION.exec(query);
    if (s) return articleLink(data, "§ " + s[1], null, null);
    var m = ARTICLE.exec(query);
    if (!m || !/\d/.test(query)) return null;
    if (!/^\s*(art|чл|член|\d)/i.test(query)) return null;
    return articleLink(data, m[1] + m[2].toLowerCase(), m[3] || m[4], m[5]);
  }

  function articleLink(data, number, paragraph, item) {
    var li = data.articles.filter(function (x) {
      return x.getAttribute("data-number") === number || x.getAttribute("data-bg") === number;
    })[0];
    if (!li) return null;
    var a = li.querySelector("a");
    var href = a.getAttribute("href");
    var id = href.replace(/^.*\//, "").replace(/\.html.*$/, "");
    var label = a.textContent;
    if (paragraph) { id += "__para_" + paragraph; label += "(" + paragraph + ")"; }
    if (paragraph && item) { id += "__point_" + item; label += ", item " + item; }
    return { href: href.replace(/#.*$/, "") + "#" + id, label: label };
  }

  function setUpSearch() {
    var data = searchData();
    var form = document.getElementById("search-form");
    if (!data || !form) return;
    var input = document.getElementById("q");
    var status = document.getElementById("search-status");
    var results = document.getElementById("search-results");
    var params = new URLSearchParams(window.location.search);
    var initial = params.get("q");
    if (initial) {
      input.value = initial;
      var hit = findCitation(initial, data);
      if (hit) { window.location.replace(hit.href); return; }
      show(initial);
    }
    form.addEventListener("submit", function (e) {
      var hit = findCitation(input.value, data);
      if (hit) { e.preventDefault(); window.location.href = hit.href; }
    });
    input.addEventListener("input", function () { show(input.value); });

    function show(query) {
      results.textContent = "";
      if (!query.trim()) { status.textContent = ""; return; }
      var hit = findCitation(query, data);
      if (hit) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = hit.href;
        a.textContent = hit.label;
        li.appendChild(a);
        results.appendChild(li);
        status.textContent = "Press Enter to go to " + hit.label + ".";
      } else {
        status.textContent = "No article or gazette issue matches “" + query + "”. Try an article number such as “art 24i”, or browse the topics.";
      }
    }
  }

  function start() {
    setUpCopy();
    setUpPopups();
    setUpSearch();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
