/* Lexsite search: results as you type, on the search page and in the home page's box. A classic script, so it
   runs from file:// as well as over http. It loads the engine (analyzer.js, engine.js) the first time it is needed,
   and builds every result with createElement and textContent: nothing from the index is ever read as HTML.

   A form opts in with data-search="page" (the search page: filters, the query kept in the address, Enter goes to a
   cited provision) or data-search="box" (the home page: a few results, Enter opens the search page). data-root is
   the site root relative to the page; the input's aria-controls names the results list, data-status the live
   region, data-more the "Show more results" button and data-gazette the gazette index, beside the issue pages.
   The list says which query and filter it shows in data-query and data-filter; each hit's link carries data-id. */
(function () {
  "use strict";

  var DELAY = 60;         /* ms after a keystroke before searching; the engine drops a superseded query anyway */
  var QUIET = 600;        /* ms without typing before the live region speaks, so it does not talk over typing */
  var LIMIT = { page: 10, box: 5 };
  var KINDS = { law: ["law"], programme: ["programme"], guide: ["guide", "glossary", "topic"] };
  var BADGES = { law: "Act", programme: "Programme", guide: "Guide", glossary: "Glossary", topic: "Topic" };
  var AMONG = { law: "the Act", programme: "programmes", guide: "guides and topics" };

  /* The engine's scripts, injected once for the whole page; callbacks wait in `waiting` while they load. */
  var engineState = "absent";
  var waiting = [];

  function withEngine(root, done) {
    if (window.LexsiteSearch) { done(true); return; }
    waiting.push(done);
    if (engineState === "loading") return;
    engineState = "loading";
    var files = [];
    if (!window.LexsiteAnalyzer) files.push("assets/search/analyzer.js");
    files.push("assets/search/engine.js");
    var left = files.length;
    files.forEach(function (file) {
      var script = document.createElement("script");
      script.src = root + file;
      script.async = false; /* run in order: the engine uses the analyzer */
      script.onload = function () { if (--left === 0) settle(!!window.LexsiteSearch); };
      script.onerror = function () { settle(false); };
      document.head.appendChild(script);
    });
  }

  function settle(ok) {
    if (engineState !== "loading") return;
    engineState = ok ? "ready" : "failed";
    var callbacks = waiting;
    waiting = [];
    callbacks.forEach(function (callback) { callback(ok); });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function quoted(query) {
    return "“" + query.trim() + "”";
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  /* A hit's title without the citation it repeats ("Article 24i(1) Foreigners who …" where the heading is lost). */
  function titleOf(hit) {
    var title = hit.title || "";
    if (hit.citation && title.indexOf(hit.citation) === 0) title = title.slice(hit.citation.length).replace(/^[\s:.,–-]+/, "");
    return title;
  }

  function SearchBox(form) {
    var mode = form.getAttribute("data-search") === "page" ? "page" : "box";
    var root = form.getAttribute("data-root") || "";
    var input = form.querySelector("input[type=search]");
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var status = document.getElementById(form.getAttribute("data-status"));
    var moreButton = form.getAttribute("data-more") ? document.getElementById(form.getAttribute("data-more")) : null;
    var radios = Array.prototype.slice.call(form.querySelectorAll("input[type=radio][name=kind]"));
    if (!input || !list || !status) return;

    var engine = null;
    var limit = LIMIT[mode];
    var sequence = 0;      /* the newest search; an older callback is dropped */
    var typingTimer = 0;
    var quietTimer = 0;
    var shown = null;      /* {query, kind, results} on screen */
    var onResults = null;  /* what Enter asked for before the results came: function (results) */
    var focusFrom = -1;    /* after "Show more results", the first new result to focus */

    function kind() {
      var checked = radios.filter(function (r) { return r.checked; })[0];
      return checked && KINDS[checked.value] ? checked.value : "";
    }

    function rememberInAddress(query) {
      if (mode !== "page" || !window.history || !history.replaceState) return;
      var base = location.href.replace(/[?#].*$/, "");
      var params = new URLSearchParams();
      if (query.trim()) params.set("q", query);
      if (query.trim() && kind()) params.set("kind", kind());
      var search = params.toString();
      try {
        history.replaceState({ lexsiteTyped: true }, "", search ? base + "?" + search : base);
      } catch (e) { /* a browser that refuses to change a file:// address: the search still works */ }
    }

    function say(text, now) {
      clearTimeout(quietTimer);
      if (now) status.textContent = text;
      else quietTimer = setTimeout(function () { status.textContent = text; }, QUIET);
    }

    function clear() {
      sequence++;
      clearTimeout(typingTimer);
      shown = null;
      onResults = null;
      list.textContent = "";
      list.removeAttribute("data-query");
      list.removeAttribute("data-filter");
      if (moreButton) moreButton.parentNode.hidden = true;
      say("", true);
    }

    function run() {
      clearTimeout(typingTimer);
      var query = input.value;
      rememberInAddress(query);
      if (!query.trim()) { clear(); return; }
      var mine = ++sequence;
      var filter = kind();
      withEngine(root, function (ok) {
        if (mine !== sequence) return;
        if (!ok) { failed(); return; }
        if (!engine) engine = window.LexsiteSearch.open(root);
        engine.search(query, { kinds: KINDS[filter] || null, limit: limit }, function (results) {
          if (mine !== sequence) return;
          render(query, filter, results);
        });
      });
    }

    function later() {
      clearTimeout(typingTimer);
      typingTimer = setTimeout(run, DELAY);
    }

    function failed() {
      onResults = null;
      say("Search could not load its files. Browse the contents of the Act or the topics instead.", true);
    }

    /* The gazette issue the engine found in the query ("sg-52-2025"), as the address of its page, if the page
       shows a gazette index. */
    function issuePage(results) {
      var gazette = form.getAttribute("data-gazette");
      var m = results.how === "gazette" && /^sg-(\d+)-(\d+)$/.exec(results.issue || "");
      if (!gazette || !m) return null;
      return { href: gazette.replace(/[^/]*$/, "") + results.issue + ".html",
               label: "State Gazette No. " + m[1] + " of " + m[2] };
    }

    function render(query, filter, results) {
      shown = { query: query, kind: filter, results: results };
      list.textContent = "";
      list.setAttribute("data-query", query);
      list.setAttribute("data-filter", filter);
      var hits = results.hits || [];
      var issue = hits.length ? issuePage(results) : null;
      if (issue) list.appendChild(issueItem(issue, results.total));
      hits.forEach(function (hit, i) { list.appendChild(hitItem(hit, i === 0 && results.how === "text")); });
      var more = hits.length >= limit && (results.total > hits.length || results.totalExact === false);
      if (moreButton) moreButton.parentNode.hidden = !more;
      var then = onResults;
      onResults = null;
      say(summary(query, filter, results, issue), !!then || focusFrom >= 0);
      if (focusFrom >= 0) {
        var links = resultLinks();
        if (links[focusFrom]) links[focusFrom].focus();
        focusFrom = -1;
      }
      if (then) then(results, issue);
    }

    /* Addresses are from the site root, with the provision's anchor. */
    function hrefOf(hit) {
      return root + hit.url;
    }

    function issueItem(issue, count) {
      var li = element("li", "result result-issue");
      var head = element("div", "result-head");
      head.appendChild(element("span", "kind kind-gazette", "Gazette"));
      var a = element("a", "result-link");
      a.href = issue.href;
      a.appendChild(element("span", "result-label", issue.label));
      a.appendChild(element("span", "result-title", "What this issue changed, provision by provision"));
      head.appendChild(a);
      li.appendChild(head);
      li.appendChild(element("p", "snippet", "The " + plural(count, "passage", "passages") + " that name it or that it amended follow."));
      return li;
    }

    /* best: the first row of a search by words, the provision (or programme) ranked to answer it, shown apart */
    function hitItem(hit, best) {
      var li = element("li", best ? "result result-best" : "result");
      var head = element("div", "result-head");
      if (best) head.appendChild(element("span", "best-label", "Best match"));
      head.appendChild(element("span", "kind kind-" + hit.kind, BADGES[hit.kind] || hit.kind));
      var a = element("a", "result-link");
      a.href = hrefOf(hit);
      a.setAttribute("data-id", hit.id);
      a.setAttribute("data-kind", hit.kind);
      var title = titleOf(hit);
      a.appendChild(element("span", "result-label", hit.citation || title));
      if (hit.citation && title) a.appendChild(element("span", "result-title", title));
      head.appendChild(a);
      li.appendChild(head);
      if (hit.snippet && hit.snippet.length) {
        var p = element("p", "snippet");
        hit.snippet.forEach(function (run) {
          p.appendChild(run.mark ? element("mark", null, run.text) : document.createTextNode(run.text));
        });
        li.appendChild(p);
      }
      return li;
    }

    function summary(query, filter, results, issue) {
      var hits = results.hits || [];
      var among = filter ? " among " + AMONG[filter] : "";
      if (results.how === "empty") return "Nothing to search for in " + quoted(query) + ": type a word that says more.";
      if (!hits.length) {
        return "No results for " + quoted(query) + among + "; try " + (filter ? "All, or " : "") +
            "other or fewer words, an article such as “art 24i”, or the topics.";
      }
      if (results.how === "gazette") {
        return (issue ? issue.label : "That gazette issue") + ": " + plural(results.total, "passage", "passages") + " that name it or that it amended" + among +
            "." + (issue ? " Press Enter to open its page." : "");
      }
      var count = (results.totalExact === false ? "At least " : "") + plural(results.total, "result", "results");
      var text = count + " for " + quoted(query) + among + ".";
      if (results.how === "citation") text += " Press Enter to go to " + (hits[0].citation || hits[0].title) + ".";
      else if (mode === "box" && results.total > hits.length) text += " Press Enter to see them all.";
      return text;
    }

    /* Enter: a citation goes to the provision, a gazette issue to its page; words stay on the results. */
    function follow(results, issue, replace) {
      var hits = results.hits || [];
      var href = results.how === "citation" && hits.length ? hrefOf(hits[0]) : results.how === "gazette" ? (issue ? issue.href : null) : null;
      if (!href) return false;
      if (replace) location.replace(href);
      else location.assign(href);
      return true;
    }

    function current() {
      return shown && shown.query === input.value && shown.kind === kind() ? shown : null;
    }

    function resultLinks() {
      return Array.prototype.slice.call(list.querySelectorAll("a.result-link"));
    }

    function escape() {
      input.value = "";
      run();
      input.focus();
    }

    form.addEventListener("submit", function (e) {
      if (!input.value.trim()) { e.preventDefault(); return; }
      var now = current();
      if (mode === "box") {
        /* The box goes to the search page unless it already knows where a citation leads. */
        if (now && follow(now.results, issuePage(now.results), false)) e.preventDefault();
        return;
      }
      e.preventDefault();
      if (now) {
        if (!follow(now.results, issuePage(now.results), false)) say(summary(now.query, now.kind, now.results, null), true);
        return;
      }
      onResults = function (results, issue) { follow(results, issue, false); };
      run();
    });

    input.addEventListener("focus", function () { withEngine(root, function () { }); });
    input.addEventListener("input", function () {
      limit = LIMIT[mode];
      later();
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") {
        var links = resultLinks();
        if (links.length) { e.preventDefault(); links[0].focus(); }
      } else if (e.key === "Escape" && input.value) {
        e.preventDefault();
        escape();
      }
    });
    list.addEventListener("keydown", function (e) {
      var links = resultLinks();
      var at = links.indexOf(e.target);
      if (at < 0) return;
      if (e.key === "ArrowDown") {
        e.preventDefault();
        if (at + 1 < links.length) links[at + 1].focus();
        else if (moreButton && !moreButton.parentNode.hidden) moreButton.focus();
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        (at > 0 ? links[at - 1] : input).focus();
      } else if (e.key === "Escape") {
        e.preventDefault();
        escape();
      }
    });
    radios.forEach(function (radio) {
      radio.addEventListener("change", function () {
        limit = LIMIT[mode];
        run();
      });
    });
    if (moreButton) {
      moreButton.addEventListener("click", function () {
        focusFrom = resultLinks().length;
        limit += LIMIT[mode];
        run();
      });
      moreButton.addEventListener("keydown", function (e) {
        var links = resultLinks();
        if (e.key === "ArrowUp" && links.length) { e.preventDefault(); links[links.length - 1].focus(); }
      });
    }

    /* The search page opened with ?q=: from the home box, a shared link, or Back to a search typed here. Only a
       search typed here (history.state says so) stays on the results when it is a citation. */
    if (mode === "page") {
      var params = new URLSearchParams(location.search);
      var query = params.get("q");
      var wanted = params.get("kind") || "";
      radios.forEach(function (r) { r.checked = r.value === (KINDS[wanted] ? wanted : ""); });
      if (query) {
        input.value = query;
        var typed = history.state && history.state.lexsiteTyped;
        if (!typed) onResults = function (results, issue) { follow(results, issue, true); };
        run();
      }
    }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-search]"), SearchBox);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
