package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser's analyzer (analyzer.js) must make exactly the terms Lucene's EnglishAnalyzer makes, or queries
 * miss what the exported index holds. Compared on every distinct word and every line of the real content (so
 * tokenisation is compared, not only stemming), on tricky cases, and on a sweep of single characters.
 */
class AnalyzerParityTest {

    private static final String NO_NODE = "node is not on the PATH (.ci/run installs it with npm): "
            + "the browser's analyzer was not compared with Lucene";

    private static final List<String> TRICKY = List.of(
            "EU's", "EU’s", "citizens'", "children’s", "Member States'", "the State's", "it's", "O'Brien", "don't",
            "rock 'n' roll", "‘quoted’", "'single'", "\"double\"", "“curly”", "’s", "s's", "S'S", "Ｅ＇s",
            "24i", "24 i", "33p", "9e", "Art. 24i", "чл. 24и", "SG 52/2025", "No. 52/2025", "№ 52", "№52",
            "2018/1240", "01.06.2021", "1.06.2021.", "1,000", "1,000.50", "3.5%", "10-year", "1-2", "2025-06-30",
            "(1)", "(1a)", "items 1–13", "1.", "a)", "§ 3.", "Art.", "U.S.A.", "e.g.", "i.e.,", "etc.",
            "e-mail", "E-Mail", "well-founded", "non-EU", "re-entry", "he/she", "and/or", "his/her", "a/b/c",
            "a:b", "10:30", "1;2", "a;b", "a_b", "_a_", "__", "snake_case_99", "a.1", "1.a", "a1.2", "1.2a",
            "IOM", "BULGARIA", "Bulgaria", "THE", "The", "AND", "Not", "Such", "Their", "There", "These", "Into",
            "Държавен вестник", "Закон за чужденците", "ДВ, бр. 52", "Ѐ", "ъгъл",
            "Zürich", "naïve", "café", "Ærø", "Łódź", "Straße", "İstanbul", "ΟΔΟΣ", "Ελλάδα", "ﬁle", "Ǆ",
            "studies", "agencies", "parties", "ties", "pies", "ies", "caresses", "ponies", "cats", "feed",
            "agreed", "disabled", "matting", "mating", "meeting", "milling", "messing", "meetings", "sing",
            "relational", "conditional", "rational", "operational", "national", "international",
            "digitizer", "organizer", "callousness", "nervousness", "generous", "hopefulness", "effectiveness",
            "ability", "possibility", "sensibility", "formality", "activity", "analogi", "archaeology",
            "running", "hoping", "hopping", "filing", "falling", "fizzing", "hissing", "being", "thing", "ring",
            "happy", "sky", "say", "syzygy", "yield", "toy", "y", "ya", "yy", "aed", "eed", "oed", "ion", "sion",
            "a", "an", "as", "is", "i", "o", "ok", "ox", "be", "by", "ed", "ing", "s", "ss", "sss", "abs", "ees",
            "electricity", "electrical", "hopeful", "goodness", "formalize", "duplicate", "demonstrative",
            "allowance", "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant",
            "replacement", "adjustment", "dependent", "adoption", "homologou", "communism", "activate",
            "angulariti", "homologous", "effective", "bowdlerize", "probate", "rate", "cease", "controll",
            "roll", "residence", "residency", "permanently", "foreigners", "foreigner's", "applications",
            "xxxx" + "x".repeat(300), "ab" + "c".repeat(260) + " de", "a".repeat(255), "a".repeat(256),
            "😀", "👍🏽", "🇧🇬", "1️⃣", "©", "™", "a\u00ADb", "a\u200Bb", "a\u0301b", "x\u200Dy", "ﬀ", "Ａｂｃ", "１２３",
            "中华人民共和国", "ひらがな", "カタカナ", "한국어", "ภาษาไทย", "עברית", "ש\"ב", "ש'", "العربية ١٢٣",
            "", "   ", "--", "...", "'", "’");

    private static final Analyzer LUCENE = lexsite.concepts.ConceptMatcher.analyzer("en");
    private static final Analyzer STANDARD = new StandardAnalyzer();
    private static final List<String> MISMATCHES = new ArrayList<>();
    private static int compared;

    @BeforeAll
    static void needsNode() {
        if (!NodeAnalyzer.available()) System.out.println("skipped: " + NO_NODE);
        assumeTrue(NodeAnalyzer.available(), NO_NODE);
    }

    @AfterAll
    static void printMismatches() {
        System.out.println("analyzer parity: " + compared + " texts compared, " + MISMATCHES.size() + " mismatches");
        MISMATCHES.stream().limit(20).forEach(m -> System.out.println("  " + m));
    }

    @Test
    void everyWordOfTheContent() throws Exception {
        ContentVocabulary content = new ContentVocabulary(Path.of("content"));
        assertTrue(content.words().size() >= 5000, "distinct words: " + content.words().size());
        assertSame("words", new ArrayList<>(content.words()));
    }

    @Test
    void everyLineOfTheContent() throws Exception {
        ContentVocabulary content = new ContentVocabulary(Path.of("content"));
        assertTrue(content.lines().size() >= 2000, "lines: " + content.lines().size());
        assertSame("lines", content.lines());
    }

    @Test
    void trickyCases() throws Exception {
        assertSame("tricky cases", TRICKY);
    }

    @Test
    void singleCharactersOfTheScriptsAndPunctuationReadersType() throws Exception {
        assertSame("characters", CharacterProbes.texts());
    }

    @Test
    void positionsOfEveryLineAndTrickyCase() throws Exception {
        List<String> texts = new ArrayList<>(new ContentVocabulary(Path.of("content")).lines());
        texts.addAll(TRICKY);
        assertSame("positions", texts, "positions", t -> at(QueryAnalysis.positioned(LUCENE, t)));
    }

    /** The unstemmed words field and citations: Lucene's StandardAnalyzer, as analyzer.js's words(). */
    @Test
    void standardAnalyzerWordsOfEveryLineAndTrickyCase() throws Exception {
        List<String> texts = new ArrayList<>(new ContentVocabulary(Path.of("content")).lines());
        texts.addAll(TRICKY);
        texts.addAll(CharacterProbes.texts());
        assertSame("standard words", texts, "words", t -> at(QueryAnalysis.positioned(STANDARD, t)));
    }

    private static List<String> at(List<QueryAnalysis.Positioned> terms) {
        return terms.stream().map(t -> t.term() + "@" + t.position()).toList();
    }

    private static void assertSame(String what, List<String> texts) throws Exception {
        assertSame(what, texts, "analyze", t -> QueryAnalysis.terms(LUCENE, t));
    }

    private static void assertSame(String what, List<String> texts, String mode,
                                   java.util.function.Function<String, List<String>> luceneSide) throws Exception {
        List<List<String>> browser = NodeAnalyzer.analyze(mode, texts);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            List<String> lucene = luceneSide.apply(texts.get(i));
            if (!lucene.equals(browser.get(i))) {
                mismatches.add(what + ": " + quoted(texts.get(i)) + " Lucene " + lucene + " browser " + browser.get(i));
            }
        }
        synchronized (MISMATCHES) {
            compared += texts.size();
            MISMATCHES.addAll(mismatches);
        }
        System.out.println("analyzer parity, " + what + ": " + texts.size() + " compared, " + mismatches.size()
                + " mismatches");
        assertEquals(List.of(), mismatches.stream().limit(20).toList(),
                mismatches.size() + " of " + texts.size() + " " + what + " differ; the first 20");
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7f && Character.getType(cp) == Character.FORMAT)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append('"').toString();
    }
}
