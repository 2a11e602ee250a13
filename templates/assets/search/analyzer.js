/*
 * The browser's copy of Lucene 9.12's EnglishAnalyzer (default stop words, ConceptMatcher's stem exclusions), so a query
 * turns into exactly the terms the exported index holds:
 *   StandardTokenizer → EnglishPossessiveFilter → LowerCaseFilter → StopFilter → SetKeywordMarkerFilter →
 *   PorterStemFilter.
 * A classic script (no modules, no fetch) so the site still works from file://; Node loads it for the
 * parity test (AnalyzerParityTest), which compares it with Lucene on every word and line of the content.
 *
 * Known differences (AnalyzerParityTest sweeps the scripts and punctuation readers type and finds none there):
 * - Character classes come from the browser's Unicode tables (JS \p{…}), Lucene's from Unicode 9 (emoji 11):
 *   characters added since Unicode 9 (e.g. U+0870–U+08D2 Arabic, U+A7C0… Latin) split or join differently.
 * - Word_Break classes JS cannot name are approximated from general properties and a few listed exceptions.
 * - Emoji: Lucene still counts as emoji some symbols that newer tables do not (★ U+2605, chess, mahjong and
 *   domino tiles, alchemical symbols, …); the browser drops them. Emoji sequences follow Lucene's grammar
 *   for keycaps, flags, modifiers and ZWJ links but not every odd mix of selectors and marks.
 */
(function () {
  "use strict";

  var STOP_WORDS = ["a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
    "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they",
    "this", "to", "was", "will", "with"];
  var STOP = Object.create(null);
  STOP_WORDS.forEach(function (w) { STOP[w] = true; });
  // ConceptMatcher.STEM_EXCLUSIONS: words left unstemmed (SetKeywordMarkerFilter), as their stem is another word's
  var UNSTEMMED = Object.create(null);
  ["force", "international", "internal", "internally", "transition", "transitional", "positive", "initiative",
    "initiatives", "publication", "publications", "original", "originally", "presentation", "presentations", "united",
    "response", "specialization", "specialized"].forEach(function (w) { UNSTEMMED[w] = true; });

  // StandardTokenizer's default maxTokenLength: longer runs are cut into pieces of this many UTF-16 units.
  var MAX_TOKEN_LENGTH = 255;

  // ---- Word_Break classes (UAX#29), as StandardTokenizerImpl.jflex groups them ----

  var AH = 1, HL = 2, NU = 3, KA = 4, EX = 5, HAN = 6, HIRA = 7, SA = 8, OTHER = 0;

  var RE = {
    extend: /[\p{Grapheme_Extend}\p{Mc}\p{Emoji_Modifier}\u200D]/u,
    format: /[\p{Cf}]/u,
    katakana: /[\p{Script=Katakana}\u3031-\u3035\u309B\u309C\u30A0\u30FC\uFF70]/u,
    hebrew: /[\p{Script=Hebrew}]/u,
    letterLo: /\p{Lo}/u,
    han: /\p{Script=Han}/u,
    ideographic: /\p{Ideographic}/u,
    hiragana: /\p{Script=Hiragana}/u,
    // Line_Break=Complex_Context: the letters and marks of scripts written without spaces.
    complex: /[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Tai_Le}\p{Script=New_Tai_Lue}\p{Script=Tai_Tham}\p{Script=Tai_Viet}\p{Script=Ahom}]/u,
    // Complex_Context leaves out digits, most punctuation, and Khmer's symbols and numerals.
    complexPunctuation: /[\p{Script=Tai_Tham}\p{Script=Tai_Viet}]/u,
    khmer: /\p{Script=Khmer}/u,
    digit: /\p{Nd}/u,
    punctuation: /\p{P}/u,
    symbolOrNumeral: /[\p{S}\p{No}]/u,
    alphabetic: /\p{Alphabetic}/u,
    // Non-alphabetic characters UAX#29 still counts as ALetter (modifier symbols, Hebrew geresh, …).
    aletterExtra: /[\u02C2-\u02C5\u02D2-\u02D7\u02DE\u02DF\u02ED\u02EF-\u02FF\u055B\u055C\u055E\u05F3\uA720\uA721\uA789\uA78A\uAB5B]/u,
    numeric: /[\p{Nd}\u066B]/u,
    extendNumLet: /[\p{Pc}\u202F]/u,
    emoji: /[\p{Extended_Pictographic}\p{Emoji}]/u,
    emojiRkam: /[\p{Regional_Indicator}0-9#*\u00A9\u00AE\u2122\u3030\u303D\p{Emoji_Modifier}]/u,
    emojiModifier: /\p{Emoji_Modifier}/u,
    emojiModifierBase: /\p{Emoji_Modifier_Base}/u,
    regional: /\p{Regional_Indicator}/u
  };
  var MID_LETTER = "\u003A\u00B7\u0387\u05F4\u2027\uFE13\uFE55\uFF1A";
  var MID_NUM_LET = "\u002E\u2018\u2019\u2024\uFE52\uFF07\uFF0E";
  var MID_NUM = "\u002C\u003B\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B";
  var SINGLE_QUOTE = "'";
  var DOUBLE_QUOTE = "\"";

  var classCache = Object.create(null);

  function wordClass(ch) {
    var cached = classCache[ch];
    if (cached !== undefined) return cached;
    var c = OTHER;
    if (RE.katakana.test(ch)) c = KA;
    else if (RE.hebrew.test(ch) && RE.letterLo.test(ch)) c = HL;
    else if (RE.numeric.test(ch)) c = NU;
    else if (isComplexContext(ch)) c = SA;
    else if (RE.hiragana.test(ch)) c = HIRA;
    else if (RE.extendNumLet.test(ch)) c = EX;
    else if (!isExtendOrFormat(ch) && !RE.ideographic.test(ch) &&
             (RE.alphabetic.test(ch) || RE.aletterExtra.test(ch))) c = AH;
    else if (RE.han.test(ch)) c = HAN;
    classCache[ch] = c;
    return c;
  }

  function isComplexContext(ch) {
    return RE.complex.test(ch) && !RE.digit.test(ch) &&
        (!RE.punctuation.test(ch) || RE.complexPunctuation.test(ch)) &&
        !(RE.khmer.test(ch) && RE.symbolOrNumeral.test(ch));
  }

  // WB4: Extend, Format and ZWJ cling to the character before them (ZWSP is none of these).
  function isExtendOrFormat(ch) {
    return ch !== "\u200B" && (RE.extend.test(ch) || RE.format.test(ch));
  }

  function isMidLetter(ch) {
    return MID_LETTER.indexOf(ch) >= 0 || MID_NUM_LET.indexOf(ch) >= 0 || ch === SINGLE_QUOTE;
  }

  function isMidNum(ch) {
    return MID_NUM.indexOf(ch) >= 0 || MID_NUM_LET.indexOf(ch) >= 0 || ch === SINGLE_QUOTE;
  }

  function isLetter(c) { return c === AH || c === HL; }

  // Which classes may directly follow which inside one word (WB5, WB8-10, WB13, WB13a-b).
  function joins(prev, next) {
    if (prev === KA) return next === KA || next === EX;
    if (prev === EX) return isLetter(next) || next === NU || next === KA || next === EX;
    return isLetter(next) || next === NU || next === EX;
  }

  // ---- the scanner: longest match among StandardTokenizerImpl's rules, starting at each position ----

  function codePointAt(s, i) {
    var cp = s.codePointAt(i);
    return String.fromCodePoint(cp);
  }

  // Skips Extend/Format/ZWJ from i, stopping early at any character of stopAt (the emoji rules match
  // presentation selectors, ZWJ and the keycap mark themselves).
  function skipExtend(s, i, stopAt) {
    while (i < s.length) {
      var ch = codePointAt(s, i);
      if (!isExtendOrFormat(ch) || (stopAt && stopAt.indexOf(ch) >= 0)) break;
      i += ch.length;
    }
    return i;
  }

  // The word rule (ALPHANUM and NUM): returns the end of the longest word starting at i, or i if none.
  function matchWord(s, i) {
    var pos = i, prev = -1, end = i;
    while (pos < s.length) {
      var ch = codePointAt(s, pos);
      var c = wordClass(ch);
      var after = skipExtend(s, pos + ch.length);
      if (prev === -1 ? (isLetter(c) || c === NU || c === KA || c === EX) : joins(prev, c)) {
        prev = c;
        pos = after;
        if (c !== EX || end > i) end = pos;
        continue;
      }
      if (prev === HL && ch === SINGLE_QUOTE) { // WB7a
        prev = AH;
        pos = after;
        end = pos;
        continue;
      }
      if (prev !== -1 && after < s.length) {
        var nextCh = codePointAt(s, after);
        var n = wordClass(nextCh);
        var viaMid = (isLetter(prev) && isMidLetter(ch) && isLetter(n)) ||
                     (prev === NU && isMidNum(ch) && n === NU) ||
                     (prev === HL && ch === DOUBLE_QUOTE && n === HL);
        if (viaMid) {
          prev = n;
          pos = skipExtend(s, after + nextCh.length);
          end = pos;
          continue;
        }
      }
      break;
    }
    // A word needs a letter, digit or kana: leading ExtendNumLets alone are no token.
    return hasCore(s, i, end) ? end : i;
  }

  function hasCore(s, from, to) {
    for (var p = from; p < to;) {
      var ch = codePointAt(s, p);
      var c = wordClass(ch);
      if (c !== EX && c !== OTHER) return true;
      p += ch.length;
    }
    return false;
  }

  // Runs of one class kept whole (South-East Asian scripts), or a single character (Han, Hiragana).
  function matchRun(s, i, cls, single) {
    var pos = i;
    while (pos < s.length) {
      var ch = codePointAt(s, pos);
      if (wordClass(ch) !== cls) break;
      pos = skipExtend(s, pos + ch.length);
      if (single) break;
    }
    return pos;
  }

  var EMOJI_STOP = "\uFE0E\uFE0F\u200D";

  // The EMOJI rule: keycaps, flag pairs, and emoji with presentation selectors, modifiers and ZWJ links.
  function matchEmoji(s, i) {
    var ch = codePointAt(s, i);
    if (/[0-9#*]/.test(ch)) {
      var p = skipExtend(s, i + 1, EMOJI_STOP + "\u20E3");
      if (s[p] === "\uFE0F") p++;
      if (s[p] === "\u20E3") return skipExtend(s, p + 1, EMOJI_STOP);
    }
    if (RE.regional.test(ch)) {
      var q = skipExtend(s, i + ch.length);
      if (q < s.length && RE.regional.test(codePointAt(s, q))) {
        return skipExtend(s, q + codePointAt(s, q).length);
      }
      return i;
    }
    var end = matchEmojiElement(s, i);
    if (end === i) return i;
    if (isTag(s, end)) { // tag sequence: tag characters closed by CANCEL TAG
      var t = end;
      while (isTag(s, t)) t += 2;
      return s.slice(t, t + 2) === "\uDB40\uDC7F" ? t + 2 : skipExtend(s, end);
    }
    while (true) {
      var z = end;
      while (s[z] === "\u200D") z++;
      var next = z > end ? matchEmojiElement(s, z) : z;
      if (next === z) return skipExtend(s, end);
      end = next;
    }
  }

  function isTag(s, i) {
    return s.charCodeAt(i) === 0xDB40 && s.charCodeAt(i + 1) >= 0xDC20 && s.charCodeAt(i + 1) <= 0xDC7E;
  }

  function isEmojiChar(ch) {
    return /\p{Extended_Pictographic}/u.test(ch) || (RE.emoji.test(ch) && !RE.emojiRkam.test(ch));
  }

  function matchEmojiElement(s, i) {
    var p = i;
    while (s[p] === "\u200D") p++;
    if (p >= s.length) return i;
    var ch = codePointAt(s, p);
    var best = i;
    if (isEmojiChar(ch)) {
      var e = skipExtend(s, p + ch.length, EMOJI_STOP);
      if (s[e] === "\uFE0F") e++;
      best = e;
    }
    var m = p;
    if (RE.emojiModifierBase.test(ch)) {
      m = skipExtend(s, p + ch.length, EMOJI_STOP);
    }
    if (m < s.length && RE.emojiModifier.test(codePointAt(s, m))) {
      var e2 = skipExtend(s, m + codePointAt(s, m).length, EMOJI_STOP);
      if (e2 > best) best = e2;
    }
    return best;
  }

  function tokenize(text) {
    return tokenSpans(text).map(function (t) { return t.text; });
  }

  // The tokens with their offsets in the text: [{text, start, end}].
  function tokenSpans(text) {
    var s = String(text), tokens = [], i = 0;
    while (i < s.length) {
      var ch = codePointAt(s, i);
      var cls = wordClass(ch);
      var end = Math.max(matchWord(s, i), matchEmoji(s, i));
      if (cls === SA) end = Math.max(end, matchRun(s, i, SA, false));
      else if (cls === HAN || cls === HIRA) end = Math.max(end, matchRun(s, i, cls, true));
      if (end === i) { i += ch.length; continue; }
      if (end - i > MAX_TOKEN_LENGTH) end = i + MAX_TOKEN_LENGTH;
      tokens.push({ text: s.slice(i, end), start: i, end: end });
      i = end;
    }
    return tokens;
  }

  // ---- the filters ----

  // EnglishPossessiveFilter: a trailing 's after ', ’ or ＇ goes.
  function dropPossessive(t) {
    var n = t.length;
    if (n >= 2 && (t[n - 1] === "s" || t[n - 1] === "S") &&
        (t[n - 2] === "'" || t[n - 2] === "\u2019" || t[n - 2] === "\uFF07")) {
      return t.slice(0, n - 2);
    }
    return t;
  }

  // LowerCaseFilter: Character.toLowerCase one code point at a time, so no final-sigma or İ → i̇ rules.
  function lowerCase(t) {
    var out = "";
    for (var i = 0; i < t.length;) {
      var ch = codePointAt(t, i);
      var lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : codePointAt(lower, 0);
      i += ch.length;
    }
    return out;
  }

  // ---- Lucene's PorterStemmer.java, statement for statement (b, k, j, k0 as there) ----

  function stem(word) {
    var b = String(word).split("");
    var k = b.length - 1, k0 = 0, j = 0;

    function cons(i) {
      switch (b[i]) {
        case "a": case "e": case "i": case "o": case "u": return false;
        case "y": return i === k0 ? true : !cons(i - 1);
        default: return true;
      }
    }

    function m() {
      var n = 0, i = k0;
      while (true) {
        if (i > j) return n;
        if (!cons(i)) break;
        i++;
      }
      i++;
      while (true) {
        while (true) {
          if (i > j) return n;
          if (cons(i)) break;
          i++;
        }
        i++;
        n++;
        while (true) {
          if (i > j) return n;
          if (!cons(i)) break;
          i++;
        }
        i++;
      }
    }

    function vowelinstem() {
      for (var i = k0; i <= j; i++) if (!cons(i)) return true;
      return false;
    }

    function doublec(jj) {
      if (jj < k0 + 1) return false;
      if (b[jj] !== b[jj - 1]) return false;
      return cons(jj);
    }

    function cvc(i) {
      if (i < k0 + 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      var ch = b[i];
      return !(ch === "w" || ch === "x" || ch === "y");
    }

    function ends(suffix) {
      var l = suffix.length, o = k - l + 1;
      if (o < k0) return false;
      for (var i = 0; i < l; i++) if (b[o + i] !== suffix.charAt(i)) return false;
      j = k - l;
      return true;
    }

    function setto(str) {
      var o = j + 1;
      for (var i = 0; i < str.length; i++) b[o + i] = str.charAt(i);
      k = j + str.length;
    }

    function r(str) { if (m() > 0) setto(str); }

    function step1() {
      if (b[k] === "s") {
        if (ends("sses")) k -= 2;
        else if (ends("ies")) setto("i");
        else if (b[k - 1] !== "s") k--;
      }
      if (ends("eed")) {
        if (m() > 0) k--;
      } else if ((ends("ed") || ends("ing")) && vowelinstem()) {
        k = j;
        if (ends("at")) setto("ate");
        else if (ends("bl")) setto("ble");
        else if (ends("iz")) setto("ize");
        else if (doublec(k)) {
          var ch = b[k--];
          if (ch === "l" || ch === "s" || ch === "z") k++;
        } else if (m() === 1 && cvc(k)) setto("e");
      }
    }

    function step2() {
      if (ends("y") && vowelinstem()) b[k] = "i";
    }

    function step3() {
      if (k === k0) return;
      switch (b[k - 1]) {
        case "a":
          if (ends("ational")) { r("ate"); break; }
          if (ends("tional")) { r("tion"); break; }
          break;
        case "c":
          if (ends("enci")) { r("ence"); break; }
          if (ends("anci")) { r("ance"); break; }
          break;
        case "e":
          if (ends("izer")) { r("ize"); break; }
          break;
        case "l":
          if (ends("bli")) { r("ble"); break; }
          if (ends("alli")) { r("al"); break; }
          if (ends("entli")) { r("ent"); break; }
          if (ends("eli")) { r("e"); break; }
          if (ends("ousli")) { r("ous"); break; }
          break;
        case "o":
          if (ends("ization")) { r("ize"); break; }
          if (ends("ation")) { r("ate"); break; }
          if (ends("ator")) { r("ate"); break; }
          break;
        case "s":
          if (ends("alism")) { r("al"); break; }
          if (ends("iveness")) { r("ive"); break; }
          if (ends("fulness")) { r("ful"); break; }
          if (ends("ousness")) { r("ous"); break; }
          break;
        case "t":
          if (ends("aliti")) { r("al"); break; }
          if (ends("iviti")) { r("ive"); break; }
          if (ends("biliti")) { r("ble"); break; }
          break;
        case "g":
          if (ends("logi")) { r("log"); break; }
      }
    }

    function step4() {
      switch (b[k]) {
        case "e":
          if (ends("icate")) { r("ic"); break; }
          if (ends("ative")) { r(""); break; }
          if (ends("alize")) { r("al"); break; }
          break;
        case "i":
          if (ends("iciti")) { r("ic"); break; }
          break;
        case "l":
          if (ends("ical")) { r("ic"); break; }
          if (ends("ful")) { r(""); break; }
          break;
        case "s":
          if (ends("ness")) { r(""); break; }
          break;
      }
    }

    function step5() {
      if (k === k0) return;
      switch (b[k - 1]) {
        case "a": if (ends("al")) break; return;
        case "c": if (ends("ance")) break; if (ends("ence")) break; return;
        case "e": if (ends("er")) break; return;
        case "i": if (ends("ic")) break; return;
        case "l": if (ends("able")) break; if (ends("ible")) break; return;
        case "n":
          if (ends("ant")) break;
          if (ends("ement")) break;
          if (ends("ment")) break;
          if (ends("ent")) break;
          return;
        case "o":
          if (ends("ion") && j >= 0 && (b[j] === "s" || b[j] === "t")) break;
          if (ends("ou")) break;
          return;
        case "s": if (ends("ism")) break; return;
        case "t": if (ends("ate")) break; if (ends("iti")) break; return;
        case "u": if (ends("ous")) break; return;
        case "v": if (ends("ive")) break; return;
        case "z": if (ends("ize")) break; return;
        default: return;
      }
      if (m() > 1) k = j;
    }

    function step6() {
      j = k;
      if (b[k] === "e") {
        var a = m();
        if (a > 1 || (a === 1 && !cvc(k - 1))) k--;
      }
      if (b[k] === "l" && doublec(k) && m() > 1) k--;
    }

    if (k > k0 + 1) {
      step1();
      step2();
      step3();
      step4();
      step5();
      step6();
    }
    return b.slice(0, k + 1).join("");
  }

  function analyze(text) {
    return analyzeWithPositions(text).map(function (t) { return t.term; });
  }

  // EnglishAnalyzer's terms with their positions (a removed stop word leaves a gap, as Lucene's StopFilter does)
  // and the offsets of the words they came from: [{term, position, start, end}].
  function analyzeWithPositions(text) {
    var terms = [];
    tokenSpans(text).forEach(function (token, position) {
      var term = lowerCase(dropPossessive(token.text));
      if (!STOP[term]) terms.push({ term: UNSTEMMED[term] ? term : stem(term), position: position, start: token.start, end: token.end });
    });
    return terms;
  }

  // Lucene's StandardAnalyzer (tokenizer and lower case, no stop words): the unstemmed `words` field, citations.
  function wordsWithPositions(text) {
    return tokenSpans(text).map(function (token, position) {
      return { term: lowerCase(token.text), position: position, start: token.start, end: token.end };
    });
  }

  function words(text) {
    return wordsWithPositions(text).map(function (t) { return t.term; });
  }

  var api = { analyze: analyze, analyzeWithPositions: analyzeWithPositions, words: words,
    wordsWithPositions: wordsWithPositions, stem: stem, stopWords: STOP_WORDS.slice() };
  if (typeof window !== "undefined") window.LexsiteAnalyzer = api;
  if (typeof module !== "undefined") module.exports = api;
})();
