/*
 * The browser's search engine over the static export in search/ (written by lexsite.search.export.SearchExport
 * from the Lucene index). It repeats `lexsite search` (SiteSearcher) exactly: the same QueryPlan rules
 * (synonyms by stem, completions, corrections), the same sum over the words of each word's best field, Lucene's
 * BM25 in float arithmetic, citations and gazette issues sent straight to their provisions.
 *
 *   var engine = LexsiteSearch.open(rootHref);        // "" or "../../": the site root from this page
 *   engine.search(query, {kinds: ["law"], limit: 10}, function (results) { ... });
 *   engine.stats();                                    // {files: [...], bytes: n}
 *
 * Data files are classic scripts (`LexsiteSearch.register(name, data)`) loaded by an injected <script src>, so
 * it works from file:// with a strict CSP. Needs analyzer.js (window.LexsiteAnalyzer) loaded first.
 * A query loads only what it needs: the manifest, a vocabulary shard per word typed, the term shards of its
 * terms, the fragment groups of the hits; postings tails only when the heads cannot decide the top hits, and
 * positions only for quoted phrases.
 */
(function (global) {
  "use strict";

  var K1 = Math.fround(1.2); // Lucene's float k1; b is each field's (manifest)
  var fround = Math.fround;
  var SNIPPET_CHARS = 240;

  // ---- loading ----

  var registry = Object.create(null); // name -> data, shared by every engine on the page
  var waiting = Object.create(null);  // name -> [callback]

  function register(name, data) {
    registry[name] = data;
    var callbacks = waiting[name];
    delete waiting[name];
    if (callbacks) callbacks.forEach(function (cb) { cb(); });
  }

  function scriptLoader(src, onError) {
    var script = document.createElement("script");
    script.src = src;
    script.async = true;
    script.onerror = onError;
    script.onload = function () { script.parentNode && script.parentNode.removeChild(script); };
    document.head.appendChild(script);
  }

  function Engine(rootHref, options) {
    this.root = rootHref || "";
    this.loader = (options && options.loader) || scriptLoader;
    this.latest = 0;
    this.loaded = [];
    this.loadedSet = Object.create(null);
    this.bytes = 0;
  }

  // Calls done() once every named file is registered (a file that fails to load counts as empty: null).
  Engine.prototype.load = function (names, done) {
    var self = this, pending = 0, finished = false;
    var unique = [];
    names.forEach(function (n) { if (unique.indexOf(n) < 0) unique.push(n); });
    function one() {
      if (--pending === 0 && !finished) { finished = true; done(); }
    }
    unique.forEach(function (name) {
      var src = self.root + "search/" + name + ".js";
      if (!self.loadedSet[name]) {
        self.loadedSet[name] = true;
        self.loaded.push("search/" + name + ".js");
      }
      if (name in registry) return;
      pending++;
      var first = !waiting[name];
      (waiting[name] = waiting[name] || []).push(function () { self.count(src); one(); });
      if (first) {
        self.loader(src, function () { register(name, null); });
      }
    });
    if (pending === 0) { finished = true; done(); }
  };

  Engine.prototype.count = function (src) {
    var perf = global.performance;
    if (!perf || !perf.getEntriesByName || !global.location) return;
    try {
      var entries = perf.getEntriesByName(new URL(src, global.location.href).href);
      if (entries.length && entries[0].decodedBodySize) this.bytes += entries[0].decodedBodySize;
    } catch (e) {
      // no resource timing (file://): the bytes stay uncounted; stats().files still lists every file
    }
  };

  Engine.prototype.stats = function () {
    return { files: this.loaded.slice(), bytes: this.bytes };
  };

  // ---- Java's rules, as QueryPlan, Vocabulary, EditDistance and Synonyms apply them ----

  // Character.isWhitespace: Unicode spaces but not the non-breaking ones, and the ASCII controls 9–13, 28–31.
  function isJavaWhitespace(ch) {
    var c = ch.charCodeAt(0);
    if ((c >= 9 && c <= 13) || (c >= 28 && c <= 31)) return true;
    if (c === 0xA0 || c === 0x2007 || c === 0x202F) return false;
    return /[\p{Zs}\p{Zl}\p{Zp}]/u.test(ch);
  }

  function isBlank(s) {
    for (var i = 0; i < s.length; i++) if (!isJavaWhitespace(s[i])) return false;
    return true;
  }

  function lastCodePoint(s) {
    var cp = s.codePointAt(s.length - 1);
    if (s.length >= 2 && cp >= 0xDC00 && cp <= 0xDFFF) {
      var pair = s.codePointAt(s.length - 2);
      if (pair > 0xFFFF) return String.fromCodePoint(pair);
    }
    return String.fromCharCode(s.charCodeAt(s.length - 1));
  }

  function compareStrings(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  // EditDistance.of: optimal string alignment, giving up (max + 1) once a row exceeds max.
  function editDistance(a, b, max) {
    var before = new Array(b.length + 1).fill(0), previous = new Array(b.length + 1), current = new Array(b.length + 1).fill(0);
    for (var j = 0; j <= b.length; j++) previous[j] = j;
    for (var i = 1; i <= a.length; i++) {
      current[0] = i;
      var rowMin = current[0];
      for (j = 1; j <= b.length; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        var d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) return max + 1;
      var spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[b.length], max + 1);
  }

  function vocabularyKey(word) {
    var c = word.length ? word.charCodeAt(0) : 95;
    var ch = String.fromCharCode(c);
    return (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") ? ch : "u" + c.toString(16);
  }

  // A vocabulary file's "word df" lines as a map (parsed once per file).
  var parsedVocabulary = Object.create(null);
  function vocabularyFile(name) {
    if (parsedVocabulary[name]) return parsedVocabulary[name];
    var map = new Map(), text = registry[name];
    if (text) text.split("\n").forEach(function (line) {
      var space = line.lastIndexOf(" ");
      map.set(line.slice(0, space), +line.slice(space + 1));
    });
    return (parsedVocabulary[name] = map);
  }

  // Vocabulary's rule: two edits allowed from TWO_EDITS_LENGTH letters, else one.
  function maxEdits(word, rules) { return word.length >= rules.twoEditsLength ? 2 : 1; }

  function byFrequency(docFreq) {
    return function (a, b) { return docFreq.get(b) - docFreq.get(a) || compareStrings(a, b); };
  }

  function analyzer() {
    var A = global.LexsiteAnalyzer;
    if (!A) throw new Error("LexsiteSearch needs assets/search/analyzer.js loaded first");
    return A;
  }

  function stems(word) { return analyzer().analyze(word); }

  function meanings(manifest, word) {
    var s = stems(word);
    return s.length === 1 && Object.prototype.hasOwnProperty.call(manifest.synonyms, s[0]) ? manifest.synonyms[s[0]] : [];
  }

  // QueryPlan.of, in two steps: the words typed (to know which vocabulary files to load), then the plan.
  function planParts(query) {
    var parts = query.split("\""), balanced = parts.length % 2 === 1, out = [];
    var endsQuery = query.length > 0 && /[\p{L}\p{Nd}]/u.test(lastCodePoint(query));
    for (var i = 0; i < parts.length; i++) {
      var quoted = i % 2 === 1 && (balanced || i < parts.length - 1);
      if (quoted) {
        if (!isBlank(parts[i])) out.push({ phrase: parts[i] });
        continue;
      }
      var typed = analyzer().words(parts[i]);
      for (var w = 0; w < typed.length; w++) {
        out.push({ word: typed[w], open: endsQuery && i === parts.length - 1 && w === typed.length - 1 });
      }
    }
    return out;
  }

  function alternative(word, weight) { return { word: word, weight: weight }; }

  Engine.prototype.plan = function (query, done) {
    var self = this, m = this.manifest, rules = m.rules;
    var parts = planParts(query);
    var shards = parts.filter(function (p) { return p.word !== undefined; }).map(function (p) { return "v/" + vocabularyKey(p.word); })
      .filter(function (n) { return m.vocabulary.keys.indexOf(n.slice(2)) >= 0; });
    this.load(shards, function () {
      var needCorrections = [];
      parts.forEach(function (p) {
        if (p.word === undefined) return;
        var docFreq = vocabularyFile("v/" + vocabularyKey(p.word));
        p.alternatives = [alternative(p.word, 1)];
        var means = meanings(m, p.word);
        if (docFreq.has(p.word) || means.length) {
          means.forEach(function (x) { p.alternatives.push(alternative(x, rules.synonymWeight)); });
          return;
        }
        var completions = [];
        if (p.open && p.word.length >= rules.completionMinLength) {
          docFreq.forEach(function (df, w) { if (w.length > p.word.length && w.lastIndexOf(p.word, 0) === 0) completions.push(w); });
          completions.sort(byFrequency(docFreq));
          completions = completions.slice(0, rules.maxCompletions);
        }
        if (completions.length) {
          completions.forEach(function (c) { p.alternatives.push(alternative(c, 1)); });
          return;
        }
        if (p.word.length < rules.fuzzyMinLength || !/^\p{L}+$/u.test(p.word) || /[\uD800-\uDFFF]/.test(p.word)) return;
        needCorrections.push(p);
      });
      var lengths = [];
      needCorrections.forEach(function (p) {
        var max = maxEdits(p.word, rules);
        for (var n = p.word.length - max; n <= p.word.length + max; n++) {
          if (m.vocabulary.lengths.indexOf(n) >= 0 && lengths.indexOf("v/n" + n) < 0) lengths.push("v/n" + n);
        }
      });
      self.load(lengths, function () {
        needCorrections.forEach(function (p) {
          corrections(p.word, rules).forEach(function (c) {
            p.alternatives.push(alternative(c, 1));
            meanings(m, c).forEach(function (x) { p.alternatives.push(alternative(x, rules.synonymWeight)); });
          });
        });
        // QueryPlan.QUESTION_WORDS: dropped unless the query has nothing else
        var question = function (p) { return p.word !== undefined && rules.questionWords.indexOf(p.word) >= 0; };
        var words = parts.filter(function (p) { return p.word !== undefined; }), asked = false;
        if (words.some(function (p) { return !question(p); })) {
          asked = parts.some(question);
          parts = parts.filter(function (p) { return !question(p); });
        }
        var plan = parts.map(function (p) {
          return p.phrase !== undefined ? { phrase: p.phrase } : { word: p.word, alternatives: p.alternatives };
        });
        plan.question = asked; // QueryPlan.question: a question's results lead with a provision
        done(plan);
      });
    });
  };

  function corrections(word, rules) {
    var max = maxEdits(word, rules);
    var docFreq = new Map();
    for (var n = word.length - max; n <= word.length + max; n++) {
      vocabularyFile("v/n" + n).forEach(function (df, w) { docFreq.set(w, df); });
    }
    for (var edits = 1; edits <= max; edits++) {
      var found = [];
      docFreq.forEach(function (df, candidate) {
        if (Math.abs(candidate.length - word.length) <= edits && editDistance(word, candidate, edits) === edits) found.push(candidate);
      });
      if (found.length) return found.sort(byFrequency(docFreq)).slice(0, rules.maxCorrections);
    }
    return [];
  }

  // ---- citations and gazette issues (CitationQuery, GazetteQuery: Java's \s and \d are ASCII) ----

  var S = "[ \\t\\n\\x0B\\f\\r]";
  var ARTICLE = new RegExp("(?<![\\p{L}0-9])(?:art(?:icle)?s?\\.?|чл\\.?|член)" + S + "*([0-9]{1,4}\\p{L}{0,3})(?!\\p{L})"
    + "(?:" + S + "*\\(([0-9]{1,3}\\p{L}?)\\)|" + S + "*,?" + S + "*(?:para(?:graph)?s?\\.?|ал\\.?|алинея)" + S
    + "*([0-9]{1,3}\\p{L}?)(?!\\p{L}))?", "iu");
  var SECTION = new RegExp("§" + S + "*([0-9]{1,3}\\p{L}?)(?!\\p{L})(?:" + S + "*\\(([0-9]{1,3})\\)|" + S + "*,?" + S
    + "*(?:para(?:graph)?\\.?|ал\\.?)" + S + "*([0-9]{1,3}))?", "u");
  var GAZETTE = new RegExp("(?<!\\p{L})(?:SG|State" + S + "+Gazette|ДВ|Държавен" + S + "+вестник)" + S + "*,?" + S
    + "*(?:No\\.?|issue|бр\\.?)?" + S + "*([0-9]{1,3})" + S + "*(?:/|of|от|,)" + S + "*([0-9]{4})", "iu");

  function citation(query, letters) {
    var m = ARTICLE.exec(query), paragraph;
    if (m) {
      var form = /^([0-9]{1,4})(\p{L}{0,3})$/u.exec(m[1]);
      var base = parseInt(form[1], 10), suffix = form[2].toLowerCase();
      if (base < 1 || (suffix && !Object.prototype.hasOwnProperty.call(letters, suffix))) return null;
      paragraph = m[2] !== undefined ? m[2] : m[3];
      return ids("art_" + base + (suffix ? letters[suffix] : ""), paragraph);
    }
    var s = SECTION.exec(query);
    if (s) return ids("sec_" + s[1], s[2] !== undefined ? s[2] : s[3]);
    return null;
  }

  function ids(article, paragraph) {
    return paragraph !== undefined ? [article + "__para_" + paragraph, article] : [article];
  }

  function gazetteIssue(query) {
    var m = GAZETTE.exec(query);
    if (!m) return null;
    var number = parseInt(m[1], 10), year = parseInt(m[2], 10);
    if (number <= 0 || year < 1800 || year > 2200) return null;
    return "sg-" + number + "-" + year;
  }

  function javaHash(s) {
    var h = 0;
    for (var i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
    return h;
  }

  function idBucket(id, buckets) {
    var cut = id.indexOf("__");
    var h = javaHash(cut < 0 ? id : id.slice(0, cut));
    return ((h % buckets) + buckets) % buckets;
  }

  // ---- the export's encodings ----

  function n36(s) { return parseInt(s, 36); }

  // Runs of one shape, "length[.freq]:doc,gap,…" joined by " ", in the order exported (impact, then document).
  function decodePostings(text) {
    var out = [];
    if (!text) return out;
    text.split(" ").forEach(function (run) {
      var colon = run.indexOf(":"), s = shape(run.slice(0, colon)), doc = 0;
      run.slice(colon + 1).split(",").forEach(function (gap) {
        doc += n36(gap);
        out.push({ doc: doc, length: s.length, freq: s.freq });
      });
    });
    return out;
  }

  // A chunk of postings and, after ";", the shapes ("length[.freq]") that bound the postings not yet loaded:
  // `a` the next one, `b` the first whose impact is below the chunk's last (null: none).
  function decodeChunk(text) {
    var cut = text ? text.indexOf(";") : -1;
    var chunk = { postings: decodePostings(cut < 0 ? text : text.slice(0, cut)), a: null, b: null };
    if (cut >= 0) {
      var rest = text.slice(cut + 1).split(";");
      chunk.a = shape(rest[0]);
      chunk.b = rest.length > 1 ? (rest[1] ? shape(rest[1]) : null) : chunk.a;
    }
    return chunk;
  }

  function shape(text) {
    var p = text.split(".");
    return { length: n36(p[0]), freq: p.length > 1 ? n36(p[1]) : 1 };
  }

  function decodePositions(text) {
    var out = new Map(), doc = 0;
    if (!text) return out;
    text.split(",").forEach(function (e) {
      var p = e.split("."), position = 0, positions = [];
      doc += n36(p[0]);
      for (var i = 2; i < p.length; i++) { position += n36(p[i]); positions.push(position); }
      out.set(doc, { length: n36(p[1]), positions: positions });
    });
    return out;
  }

  function decodeDocs(text, base) {
    var doc = base;
    return text ? text.split(",").map(function (g) { return (doc += n36(g)); }) : [];
  }

  // ---- BM25 as Lucene computes it, in float ----

  function idf(docFreq, docCount) {
    return fround(Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5)));
  }

  // b: the field's own (manifest), as SiteSearcher.lengthWeight gives it; 0.75 is BM25Similarity's default
  function normInverse(length, averageLength, b) {
    return fround(1 / fround(K1 * fround(fround(1 - b) + fround(fround(b * length) / averageLength))));
  }

  function bm25(weight, freq, length, field) {
    return fround(weight - fround(weight / fround(1 + fround(freq * normInverse(length, field.averageLength, field.b)))));
  }

  // ---- the engine ----

  Engine.prototype.ensureManifest = function (done) {
    var self = this;
    if (this.manifest) return done();
    this.load(["manifest"], function () {
      var m = registry.manifest;
      if (!m) throw new Error("search/manifest.js did not load from " + self.root);
      m.fields.forEach(function (f) { f.averageLength = fround(f.sumTotalTermFreq / f.docCount); });
      // per page, not per query: each document's partition (-1: none) and each partition's lowest document
      m.partitionOf = new Int8Array(m.docs).fill(-1);
      m.partitionStarts = m.partitions.map(function (kind, p) {
        var start = Infinity;
        (m.kinds[kind] || []).forEach(function (r) { m.partitionOf.fill(p, r[0], r[1]); start = Math.min(start, r[0]); });
        return start;
      });
      self.manifest = m;
      done();
    });
  };

  Engine.prototype.search = function (query, options, callback) {
    var self = this, token = ++this.latest;
    options = options || {};
    var request = { query: String(query == null ? "" : query), limit: Math.max(1, options.limit || 10) };
    function live(fn) {
      return function () { if (token === self.latest) fn.apply(null, arguments); };
    }
    this.ensureManifest(live(function () {
      request.filter = filter(self.manifest, options);
      self.run(request, live(callback), live);
    }));
  };

  // Which documents a search may return: by kind (partition) and by act (document ranges from acts.js). It also
  // carries `options.proof`, how a stalled proof goes on: "terms" reads the blocking documents' own terms whenever
  // the unseen ones are bounded out, "tails" never does; by default, whichever costs fewer bytes. Tests use the two.
  function filter(manifest, options) {
    var partitions = null, acts = options.acts && options.acts.length ? options.acts : null;
    if (options.kinds && options.kinds.length) {
      partitions = manifest.partitions.map(function (kind) { return options.kinds.indexOf(kind) >= 0; });
    }
    return { partitions: partitions, acts: acts, proof: options.proof || null };
  }

  Engine.prototype.partitionOf = function (doc) {
    var p = this.manifest.partitionOf[doc];
    return p === undefined ? -1 : p;
  };

  Engine.prototype.allowed = function (f, doc) {
    if (f.partitions && !f.partitions[this.partitionOf(doc)]) return false;
    if (!f.acts) return true;
    var acts = registry.acts || {};
    return f.acts.some(function (act) {
      return (acts[act] || []).some(function (r) { return doc >= r[0] && doc < r[1]; });
    });
  };

  Engine.prototype.run = function (request, callback, live) {
    var self = this, m = this.manifest;
    this.load(request.filter.acts ? ["acts"] : [], live(function () {
      var issue = gazetteIssue(request.query);
      if (issue) return self.gazette(issue, request, callback, live);
      var cited = citation(request.query, m.articleLetters);
      self.plan(request.query, live(function (plan) {
        var clauses = self.clauses(plan);
        self.find(cited, request.filter, live(function (citedDoc) {
          if (!clauses.length && citedDoc === null) {
            return callback({ query: request.query, how: "empty", total: 0, totalExact: true, hits: [], plan: plan });
          }
          // SiteSearcher: rank twice as deep while the documents fill fewer rows than asked and more may match
          (function rank(k) {
            self.topDocs(clauses, request.filter, k, live(function (top) {
              var ranked = top.docs.map(function (d) { return d.doc; });
              self.rows(ranked, citedDoc, plan.question, top, request.limit, live(function (rows) {
                if (rows.shown.length < request.limit && top.docs.length === k) return rank(k * 2);
                var scores = new Map();
                top.docs.forEach(function (d) { scores.set(d.doc, d.score); });
                self.hits(rows.shown, scores, clauses, live(function (hits) {
                  callback({ query: request.query, how: citedDoc !== null ? "citation" : "text",
                    total: rows.total, totalExact: rows.exact, hits: hits, plan: plan });
                }));
              }));
            }));
          })(request.limit * m.rows.documentsPerRow);
        }));
      }));
    }));
  };

  // ---- rows: ResultRows, one per article or page, from the row starts in a/<n> ----

  // The document that opens `doc`'s row (its article, its programme page), from a loaded shard.
  Engine.prototype.rowOf = function (doc) {
    var size = this.manifest.rows.shard, name = "a/" + Math.floor(doc / size), data = registry[name];
    if (!data) return null;
    var starts = data.parsed || (data.parsed = decodeDocs(data.starts, Math.floor(doc / size) * size));
    var row = data.before;
    for (var i = 0; i < starts.length && starts[i] <= doc; i++) row = starts[i];
    return row;
  };

  Engine.prototype.rowShards = function (docs) {
    var size = this.manifest.rows.shard, out = [];
    docs.forEach(function (d) { var n = "a/" + Math.floor(d / size); if (out.indexOf(n) < 0) out.push(n); });
    return out;
  };

  // ResultRows.rows: each row at its best document's rank, showing the paragraph shown() picks among its ranked ones
  // (the article's own document where none ranked); the cited provision first, as it is. The total counts rows among
  // the matching documents the engine knows: exact when it knows them all (a few more shards are loaded for that),
  // else a lower bound.
  Engine.prototype.rows = function (ranked, cited, question, top, limit, done) {
    var self = this, MAX_COUNT_SHARDS = 4;
    var known = ranked.concat(cited !== null ? [cited] : []);
    this.load(this.rowShards(known), function () {
      var order = [], members = new Map(), words = new Map();
      top.docs.forEach(function (d) { words.set(d.doc, d.words); });
      function put(doc) {
        var row = self.rowOf(doc);
        if (!members.has(row)) { order.push(row); members.set(row, []); }
        members.get(row).push(doc);
      }
      if (cited !== null) put(cited);
      ranked.forEach(put);
      var docs = order.slice(0, limit).map(function (row) {
        var list = members.get(row);
        return list[0] === cited ? cited : shown(list.filter(function (d) { return d !== row; }), list[0], words);
      });
      var result = { shown: question ? self.answerFirst(docs, cited) : docs };
      var matched = top.matched.concat(cited !== null ? [cited] : []);
      var all = top.exact && top.matched.length === top.total;
      var missing = self.rowShards(matched).filter(function (n) { return !(n in registry); });
      self.load(all && missing.length <= MAX_COUNT_SHARDS ? missing : [], function () {
        var rows = new Set();
        matched.forEach(function (d) { var r = self.rowOf(d); if (r !== null) rows.add(r); });
        result.total = Math.max(rows.size, result.shown.length);
        result.exact = all && self.rowShards(matched).every(function (n) { return n in registry; });
        done(result);
      });
    });
  };

  // ResultRows.shown: of a row's paragraphs in rank order, the one whose words of the query are rarest among them
  // (each word it has weighing 1 / how many of them have it, summed in the words' order), the better ranked on a
  // tie; `whole`, the row's own document, where none ranked.
  function shown(parts, whole, words) {
    if (!parts.length) return whole;
    var holders = [], best = 0, bestWeight = -1;
    parts.forEach(function (d) { words.get(d).forEach(function (w) { holders[w] = (holders[w] || 0) + 1; }); });
    parts.forEach(function (d, i) {
      var weight = 0;
      words.get(d).forEach(function (w) { weight += 1 / holders[w]; });
      if (weight > bestWeight) { best = i; bestWeight = weight; }
    });
    return parts[best];
  }

  // ResultRows.rows, answer first: where the first row only explains or points (glossary, topic, guide) and a row of an
  // answering kind (a provision, a programme) is shown, the best such row moves first; the others keep their order.
  Engine.prototype.answerFirst = function (docs, cited) {
    var self = this, kinds = this.manifest.rows.answeringKinds, partitions = this.manifest.partitions;
    function answers(doc) { return kinds.indexOf(partitions[self.partitionOf(doc)]) >= 0; }
    if (cited !== null || !docs.length || answers(docs[0])) return docs;
    for (var i = 1; i < docs.length; i++) {
      if (answers(docs[i])) return [docs[i]].concat(docs.slice(0, i), docs.slice(i + 1));
    }
    return docs;
  };

  // SiteSearcher.find: the cited paragraph, or failing that its article, first in index order within the filter.
  Engine.prototype.find = function (ids, f, done) {
    if (!ids) return done(null);
    var self = this, bucket = "i/" + idBucket(ids[0], this.manifest.idBuckets);
    this.load([bucket], function () {
      var table = registry[bucket] || {};
      for (var i = 0; i < ids.length; i++) {
        var docs = Object.prototype.hasOwnProperty.call(table, ids[i]) ? table[ids[i]] : [];
        for (var j = 0; j < docs.length; j++) if (self.allowed(f, docs[j])) return done(docs[j]);
      }
      done(null);
    });
  };

  Engine.prototype.gazette = function (issue, request, callback, live) {
    var self = this, chunks = this.manifest.gazette[issue] || 0, docs = [], total = 0, f = request.filter;
    function chunk(n, base) {
      if (n >= chunks || docs.length >= request.limit) return finish();
      var name = "g/" + issue + "-" + n;
      self.load([name], live(function () {
        var data = registry[name];
        if (n === 0) data.counts.forEach(function (c, p) { if (!f.partitions || f.partitions[p]) total += c; });
        var all = decodeDocs(data.docs, base);
        all.forEach(function (d) { if (docs.length < request.limit && self.allowed(f, d)) docs.push(d); });
        chunk(n + 1, all[all.length - 1]);
      }));
    }
    function finish() {
      self.hits(docs, new Map(), [], live(function (hits) {
        callback({ query: request.query, how: "gazette", issue: issue, total: total, totalExact: !f.acts, hits: hits, plan: [] });
      }));
    }
    chunk(0, 0);
  };

  function analyze(field, text) {
    if (field.analyzer === "standard") return analyzer().wordsWithPositions(text);
    if (field.analyzer === "en") return analyzer().analyzeWithPositions(text);
    return null; // a language the browser cannot stem: the field is left out
  }

  // SiteSearcher.text: per word (or phrase) a disjunction over the fields (Lucene's DisjunctionMaxQuery); in each
  // field each alternative of the word, analysed for the field, boosted by field × weight, or the phrase; duplicates
  // in a field merged, their boosts summed, as Lucene's BooleanQuery.rewrite does, and a word whose disjunction
  // equals another's merged with it, its boosts times the count. The clauses come flat, `groups` (word → field →
  // clause indexes) saying how combine() scores them.
  Engine.prototype.clauses = function (plan) {
    var fields = this.manifest.fields, words = [], byKey = new Map();
    plan.forEach(function (c) {
      var parts = [];
      fields.forEach(function (field, f) {
        var part = new Map();
        function add(clause, boost) {
          var known = part.get(clause.key);
          if (known) known.boostSum += boost;
          else { clause.boostSum = boost; part.set(clause.key, clause); }
        }
        if (c.word !== undefined) {
          c.alternatives.forEach(function (a) {
            var terms = analyze(field, a.word) || [];
            terms.forEach(function (t) { add({ key: f + " " + t.term, field: f, term: t.term }, fround(field.boost * a.weight)); });
          });
        } else {
          var terms = analyze(field, c.phrase) || [];
          if (terms.length === 1) add({ key: f + " " + terms[0].term, field: f, term: terms[0].term }, field.boost);
          else if (terms.length > 1) {
            var first = terms[0].position;
            var shape = terms.map(function (t) { return { term: t.term, offset: t.position - first }; });
            add({ key: f + " \"" + JSON.stringify(shape), field: f, phrase: shape }, field.boost);
          }
        }
        if (part.size) parts.push(Array.from(part.values()));
      });
      if (!parts.length) return;
      parts.forEach(function (part) { part.forEach(function (cl) { cl.boost = fround(cl.boostSum); }); });
      var key = parts.map(function (part) {
        return part.map(function (cl) { return cl.key + " " + cl.boost; }).sort().join("\n");
      }).sort().join("\n\n");
      var known = byKey.get(key);
      if (known) known.count++;
      else { known = { count: 1, parts: parts }; byKey.set(key, known); words.push(known); }
    });
    var out = [];
    out.groups = words.map(function (w) {
      return w.parts.map(function (part) {
        return part.map(function (cl) {
          if (w.count > 1) cl.boost = fround(w.count * cl.boost);
          out.push(cl);
          return out.length - 1;
        });
      });
    });
    return out;
  };

  // The words (by their place in `groups`) a document has in any field, as its clauses' scores show (null: not seen;
  // 0: known not to be there, from the document's own terms; a term that is there always scores above 0).
  function wordsOf(groups, values) {
    var out = [];
    groups.forEach(function (word, w) {
      if (word.some(function (field) { return field.some(function (ci) { return values[ci] !== null && values[ci] > 0; }); })) out.push(w);
    });
    return out;
  }

  // The score of a document whose clauses score `values` (null: not matched), as Lucene sums it: per word its best
  // field plus tieBreaker × its other fields (DisjunctionMaxScorer), each field the sum of its terms; over the words
  // the sum. Rising with every value, it also bounds a score from the clauses' bounds.
  function combine(groups, values, tieBreaker) {
    var total = 0;
    groups.forEach(function (word) {
      var max = 0, others = 0;
      word.forEach(function (field) {
        var sum = 0, matched = false;
        field.forEach(function (ci) { if (values[ci] !== null) { sum += values[ci]; matched = true; } });
        if (!matched) return;
        var score = fround(sum);
        if (score >= max) { others += max; max = score; } else others += score;
      });
      total += fround(max + others * tieBreaker);
    });
    return fround(total);
  }

  function shardOf(terms, term) {
    var lo = 0, hi = terms.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (terms[mid] <= term) lo = mid; else hi = mid - 1;
    }
    return "t/" + lo;
  }

  function termEntry(shards, field, term) {
    var data = registry[shardOf(shards, term)];
    var entry = data && Object.prototype.hasOwnProperty.call(data, term) ? data[term] : [];
    for (var i = 0; i < entry.length; i++) if (entry[i][0] === field) return entry[i];
    return null;
  }

  // The top `k` documents, exactly as Lucene ranks them (score, then document number), loading postings tails
  // only while the heads cannot prove them; {docs: [{doc, score}], total, exact}.
  Engine.prototype.topDocs = function (clauses, f, k, done) {
    var self = this, m = this.manifest, shards = m.terms;
    var terms = [];
    clauses.forEach(function (c) {
      (c.phrase ? c.phrase.map(function (p) { return p.term; }) : [c.term]).forEach(function (t) { terms.push(shardOf(shards, t)); });
    });
    this.load(terms, function () {
      var positionPacks = [];
      clauses.forEach(function (c) {
        var field = m.fields[c.field];
        if (c.phrase) {
          var idfSum = 0, missing = false;
          c.entries = c.phrase.map(function (p) {
            var e = termEntry(shards, c.field, p.term);
            if (!e) { missing = true; return null; }
            idfSum += idf(df(e), field.docCount);
            positionPacks.push("x/" + e[1]);
            return e;
          });
          c.missing = missing;
          c.weight = fround(c.boost * fround(idfSum));
        } else {
          var e = termEntry(shards, c.field, c.term);
          c.lists = [];
          if (e) {
            c.weight = fround(c.boost * idf(df(e), field.docCount));
            e[2].forEach(function (part) {
              var chunk = decodeChunk(part[2]);
              c.lists[part[0]] = { df: part[1], postings: chunk.postings, a: chunk.a, b: chunk.b, tails: part[3], next: 0 };
            });
          }
        }
      });
      self.load(positionPacks, function () {
        clauses.forEach(function (c) { if (c.phrase && !c.missing) c.matches = phraseMatches(c); });
        self.prove(clauses, f, k, new Map(), done);
      });
    });
  };

  // What loading a list's next tier costs in bytes on the wire: nothing once its pack is here, else its postings
  // (tiers grow fourfold from `tail`) or, when it is small, the pack it shares with other tiers.
  Engine.prototype.tailBytes = function (best) {
    var fw = this.manifest.forward, list = best.list;
    if (("y/" + list.tails[list.next]) in registry) return 0;
    var postings = Math.min(fw.tail * Math.pow(4, list.next), list.df - list.postings.length);
    return Math.max(postings * fw.tailPostingChars, fw.packChars) * fw.tailBytesPerChar;
  };

  // A document's own terms (f/<doc>: per field [field, length, "terms of frequency 1", {term: frequency}]).
  function forwardRecord(data) {
    var byField = new Map();
    (data || []).forEach(function (e) { byField.set(e[0], { length: e[1], once: new Set(e[2] ? e[2].split(" ") : []), more: e[3] }); });
    return {
      length: function (field) { return byField.has(field) ? byField.get(field).length : 0; },
      freq: function (field, term) {
        var e = byField.get(field);
        if (!e) return 0;
        return Object.prototype.hasOwnProperty.call(e.more, term) ? e.more[term] : e.once.has(term) ? 1 : 0;
      }
    };
  }

  function df(entry) {
    return entry[2].reduce(function (sum, part) { return sum + part[1]; }, 0);
  }

  function phraseMatches(c) {
    var lists = c.phrase.map(function (p, i) {
      return decodePositions(registry["x/" + c.entries[i][1]][c.field + " " + p.term]);
    });
    var out = new Map();
    lists[0].forEach(function (first, doc) {
      var others = [];
      for (var i = 1; i < lists.length; i++) {
        var o = lists[i].get(doc);
        if (!o) return;
        others.push(new Set(o.positions));
      }
      var freq = 0;
      first.positions.forEach(function (position) {
        var start = position - c.phrase[0].offset;
        for (var i = 1; i < lists.length; i++) if (!others[i - 1].has(start + c.phrase[i].offset)) return;
        freq++;
      });
      if (freq > 0) out.set(doc, { freq: freq, length: first.length });
    });
    return out;
  }

  // Proves the top k from what is loaded, or loads the next tail chunk and tries again. Postings are exported by
  // impact, then document number, and each chunk says what comes next, so a posting not loaded from a list whose
  // last loaded one is L scores at most as the next posting (`bound`) if its document comes after L's, and at most
  // as the first posting of lower impact than L's (`below`) if it comes before (it cannot share L's impact). Lucene ranks equal scores by document number, so a document that can at most equal the
  // k-th score ranks below it if its number is higher; one with a lower number must be strictly below it.
  // `resolved`: document → its own terms (f/<doc>), read for documents whose unknown clauses block the proof.
  Engine.prototype.prove = function (clauses, f, k, resolved, done) {
    var self = this, m = this.manifest, partitions = m.partitions.length;
    var allowedPartition = function (p) { return !f.partitions || f.partitions[p]; };
    var n = clauses.length;
    // accumulate what is loaded, per document the score of each clause it is seen in
    var docs = new Map();
    function touch(doc) {
      var d = docs.get(doc);
      if (!d) docs.set(doc, d = { doc: doc, scores: new Array(n).fill(null) });
      return d;
    }
    clauses.forEach(function (c, ci) {
      var field = m.fields[c.field];
      if (c.phrase) {
        if (c.matches) c.matches.forEach(function (x, doc) {
          touch(doc).scores[ci] = bm25(c.weight, x.freq, x.length, field);
        });
        return;
      }
      c.lists.forEach(function (list) {
        if (!list) return;
        list.postings.forEach(function (p) {
          touch(p.doc).scores[ci] = bm25(c.weight, p.freq, p.length, field);
        });
        var last = list.postings[list.postings.length - 1];
        list.complete = list.next >= list.tails.length;
        var a = list.a || last, b = list.a ? list.b : last;
        list.bound = list.complete ? 0 : bm25(c.weight, a.freq, a.length, field);
        list.below = list.complete || !b ? 0 : bm25(c.weight, b.freq, b.length, field);
        list.lastDoc = last ? last.doc : -1;
      });
    });
    // a document whose own terms are loaded scores exactly in every term clause: its frequency there, or nothing
    resolved.forEach(function (record, doc) {
      var d = touch(doc);
      clauses.forEach(function (c, ci) {
        if (c.phrase || d.scores[ci] !== null) return;
        var freq = c.weight === undefined ? 0 : record.freq(c.field, c.term);
        d.scores[ci] = freq ? bm25(c.weight, freq, record.length(c.field), m.fields[c.field]) : 0;
      });
    });
    function list(ci, p) {
      var c = clauses[ci];
      return c.phrase || !c.lists[p] ? null : c.lists[p];
    }
    // the most document `doc` of partition p can score in clause ci where it is not seen
    function most(ci, p, doc) {
      var l = list(ci, p);
      return !l ? 0 : doc > l.lastDoc ? l.bound : l.below;
    }
    var tieBreaker = m.rules.tieBreaker;
    function upper(d, p) {
      var values = [];
      for (var ci = 0; ci < n; ci++) values.push(d.scores[ci] !== null ? d.scores[ci] : most(ci, p, d.doc));
      return combine(clauses.groups, values, tieBreaker);
    }
    var candidates = [];
    docs.forEach(function (d) {
      if (!self.allowed(f, d.doc)) return;
      var p = self.partitionOf(d.doc), exact = true;
      for (var ci = 0; ci < n; ci++) {
        var l = d.scores[ci] === null && list(ci, p);
        if (l && !l.complete) exact = false;
      }
      d.partition = p;
      d.score = combine(clauses.groups, d.scores, tieBreaker);
      d.exact = exact;
      candidates.push(d);
    });
    candidates.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    var complete = true;
    for (var p = 0; p < partitions; p++) {
      if (!allowedPartition(p)) continue;
      for (var ci = 0; ci < n; ci++) if (list(ci, p) && !list(ci, p).complete) complete = false;
    }
    // whether some document could rank above (score, doc) = (threshold, last)
    function mayBeat(score, doc, threshold, last) {
      return score > threshold || (score === threshold && doc < last);
    }
    // what keeps the top k unproven: documents whose unknown clauses may still lift them (`blocking`), and the
    // documents no loaded list has shown yet (`unseen`: whether their bound already keeps them out)
    var top = candidates.slice(0, k), blocking = [], unseen = true;
    top.forEach(function (d) { if (!d.exact) blocking.push(d.doc); });
    if (candidates.length < k) unseen = complete;
    else {
      var threshold = top[k - 1].score, lastDoc = top[k - 1].doc;
      candidates.slice(k).forEach(function (d) {
        if (!d.exact && mayBeat(upper(d, d.partition), d.doc, threshold, lastDoc)) blocking.push(d.doc);
      });
      // documents not loaded at all: those numbered after the k-th may at most equal it; those before it must
      // stay below it, and in a list whose last loaded document is at or after lastDoc − 1 they score `below`
      for (p = 0; p < partitions && unseen; p++) {
        if (!allowedPartition(p)) continue;
        var after = [], before = [];
        for (ci = 0; ci < n; ci++) {
          var l = list(ci, p);
          after.push(l ? l.bound : null);
          before.push(l ? (l.lastDoc + 1 < lastDoc ? l.bound : l.below) : null);
        }
        if (combine(clauses.groups, after, tieBreaker) > threshold
          || combine(clauses.groups, before, tieBreaker) >= threshold && m.partitionStarts[p] < lastDoc) unseen = false;
      }
    }
    if (!unseen || blocking.length) {
      // the next tier of the list that leaves the most unknown (first among those whose pack is loaded already,
      // which cost nothing), unless reading the blocking documents' own terms costs fewer bytes
      var best = null;
      clauses.forEach(function (c) {
        if (c.phrase) return;
        c.lists.forEach(function (list, p) {
          if (!list || list.complete || !allowedPartition(p)) return;
          var free = ("y/" + list.tails[list.next]) in registry;
          if (!best || free > best.free || free === best.free && list.bound > best.list.bound) best = { c: c, list: list, p: p, free: free };
        });
      });
      var records = blocking.map(function (d) { return "f/" + d; });
      var unread = records.filter(function (r) { return !(r in registry); }).length;
      var byTerms = f.proof === "terms" || !best || unread * m.forward.recordBytes <= self.tailBytes(best);
      if (unseen && blocking.length && f.proof !== "tails" && byTerms) {
        return this.load(records, function () {
          blocking.forEach(function (d) { resolved.set(d, forwardRecord(registry["f/" + d])); });
          self.prove(clauses, f, k, resolved, done);
        });
      }
      if (best) {
        var pack = "y/" + best.list.tails[best.list.next];
        return this.load([pack], function () {
          var key = best.c.field + " " + best.c.term + " " + best.p + " " + (best.list.next + 1);
          var chunk = decodeChunk((registry[pack] || {})[key]);
          best.list.postings = best.list.postings.concat(chunk.postings);
          best.list.a = chunk.a;
          best.list.b = chunk.b;
          best.list.next++;
          self.prove(clauses, f, k, resolved, done);
        });
      }
    }
    var total = candidates.length, exact = complete && !f.acts;
    if (clauses.length === 1 && !clauses[0].phrase && !f.acts) {
      total = 0;
      clauses[0].lists.forEach(function (list, p) { if (list && allowedPartition(p)) total += list.df; });
      exact = true;
    }
    done({ docs: top.map(function (d) { return { doc: d.doc, score: d.score, words: wordsOf(clauses.groups, d.scores) }; }),
      total: Math.max(total, candidates.length), exact: exact,
      matched: candidates.map(function (d) { return d.doc; }) });
  };

  // ---- hits and snippets ----

  Engine.prototype.hits = function (docs, scores, clauses, done) {
    var self = this, size = this.manifest.fragments.size;
    var groups = docs.map(function (d) { return "d/" + Math.floor(d / size); });
    this.load(groups, function () {
      var marked = self.markedTerms(clauses);
      done(docs.map(function (doc) {
        var row = (registry["d/" + Math.floor(doc / size)] || [])[doc % size] || [];
        return { id: row[0], kind: row[1], citation: row[2], title: row[3], url: row[4],
          snippet: snippet(row[5] || "", marked), score: scores.has(doc) ? scores.get(doc) : 0 };
      }));
    });
  };

  // The terms of the text fields the query looked for (English stems), to mark in the snippet.
  Engine.prototype.markedTerms = function (clauses) {
    var fields = this.manifest.fields, out = new Set();
    clauses.forEach(function (c) {
      if (fields[c.field].analyzer === "standard") return;
      if (c.phrase) c.phrase.forEach(function (p) { out.add(p.term); });
      else out.add(c.term);
    });
    return out;
  };

  // A window of about SNIPPET_CHARS around the place where most of the query's words meet, as runs of plain text.
  function snippet(text, marked) {
    var tokens = marked.size ? analyzer().analyzeWithPositions(text).filter(function (t) { return marked.has(t.term); }) : [];
    var from = 0, bestCount = 0;
    for (var i = 0; i < tokens.length; i++) {
      var seen = new Set();
      for (var j = i; j < tokens.length && tokens[j].end - tokens[i].start <= SNIPPET_CHARS; j++) seen.add(tokens[j].term);
      if (seen.size > bestCount) { bestCount = seen.size; from = tokens[i].start; }
    }
    var start = from < SNIPPET_CHARS / 3 ? 0 : text.lastIndexOf(" ", from - SNIPPET_CHARS / 3) + 1;
    var end = text.length <= start + SNIPPET_CHARS ? -1 : text.indexOf(" ", start + SNIPPET_CHARS);
    var stop = end < 0 ? text.length : end, runs = [], at = start;
    if (start > 0) runs.push({ text: "… ", mark: false });
    tokens.forEach(function (t) {
      if (t.start < at || t.end > stop) return;
      if (t.start > at) runs.push({ text: text.slice(at, t.start), mark: false });
      runs.push({ text: text.slice(t.start, t.end), mark: true });
      at = t.end;
    });
    if (at < stop) runs.push({ text: text.slice(at, stop), mark: false });
    if (end >= 0) runs.push({ text: " …", mark: false });
    return runs;
  }

  var api = {
    open: function (rootHref, options) { return new Engine(rootHref, options); },
    register: register
  };
  global.LexsiteSearch = api;
  if (typeof module !== "undefined" && module.exports) module.exports = api;
})(typeof window !== "undefined" ? window : globalThis);
