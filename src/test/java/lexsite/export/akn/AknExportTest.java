package lexsite.export.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexsite.export.RealAct;
import lexsite.model.Act;
import lexsite.model.Article;
import lexsite.model.Division;
import lexsite.model.GazetteIssue;
import lexsite.model.Item;
import lexsite.model.Paragraph;
import lexsite.model.TextLine;
import lexsite.resolve.GazetteIndex;
import org.junit.jupiter.api.Test;

/** The real act's Akoma Ntoso export against the OASIS schema, and the facts the issue asks it to carry. */
class AknExportTest {

    private final Act act = RealAct.result().act();
    private final String xml = AknExport.of(RealAct.result());

    @Test
    void theRealActValidatesAgainstTheAkomaNtoso30Schema() throws Exception {
        List<String> errors = AknSchema.errors(AknSchema.load(), xml);
        assertEquals(List.of(), errors.subList(0, Math.min(20, errors.size())), errors.size() + " schema errors");
    }

    @Test
    void theSchemaCatchesAnEventWithNoDate() throws Exception {
        String broken = xml.replaceFirst("(<eventRef [^>]*?) date=\"[0-9-]+\"", "$1");
        assertFalse(AknSchema.errors(AknSchema.load(), broken).isEmpty());
    }

    @Test
    void namesTheWorkExpressionAndManifestation() {
        assertTrue(xml.contains("<FRBRuri value=\"/akn/bg/act/1998-12-23/153\"/>"), "work");
        assertTrue(xml.contains("<FRBRuri value=\"/akn/bg/act/1998-12-23/153/eng@2025-06-30\"/>"), "expression");
        assertTrue(xml.contains("<FRBRuri value=\"/akn/bg/act/1998-12-23/153/eng@2025-06-30.akn\"/>"), "manifestation");
    }

    @Test
    void everyAnchorOfTheSiteIsAnEId() {
        Set<String> eIds = all("eId=\"([^\"]+)\"");
        List<String> missing = new ArrayList<>();
        for (Article a : act.provisions()) {
            for (Article wording : wordings(a)) {
                if (!eIds.contains(wording.id())) missing.add(wording.id());
                for (Paragraph p : wording.paragraphs()) {
                    if (!eIds.contains(p.id())) missing.add(p.id());
                    for (Item i : p.items()) items(i, eIds, missing);
                }
            }
        }
        for (Division d : act.body()) if (!eIds.contains(d.id())) missing.add(d.id());
        assertEquals(List.of(), missing);
    }

    @Test
    void oneEventPerGazetteIssueAndOneAuthorialNotePerAmendmentNote() {
        Set<GazetteIssue> issues = new TreeSet<>(GazetteIndex.of(act).issues());
        issues.add(act.manifest().promulgation());
        issues.add(act.version().gazette());
        assertEquals(issues.size(), count("<eventRef "));
        long notes = act.nodes().stream().filter(n -> !n.provenance().isEmpty()).count()
                + act.body().stream().mapToLong(AknExportTest::divisionNotes).sum();
        assertEquals(notes, count("<authorialNote "));
    }

    @Test
    void eachMissingListIsMarkedAndNoneIsMadeUp() {
        long missing = 0;
        List<TextLine> all = new ArrayList<>(act.frontMatter());
        all.addAll(act.closing());
        all.addAll(act.backMatter());
        for (Article a : act.provisions()) for (Article w : wordings(a)) w.lines().forEach(l -> all.add(l.line()));
        for (TextLine t : all) if (t.listMissingAfter()) missing++;
        assertTrue(missing > 10, "the real act lacks lists: " + missing);
        assertEquals(missing, count("<omissis status=\"unknown\""));
    }

    @Test
    void everyCitationOfAProvisionIsARefToItsEIdAndARangeAnRref() {
        long spans = RealAct.result().citations().stream().filter(c -> c.resolved() && !c.citation().isExternal())
                .map(c -> c.fromId() + "@" + c.line() + ":" + c.citation().start()).distinct().count();
        assertTrue(spans > 200, "citations: " + spans);
        assertEquals(spans, count("<ref href=\"#") + count("<rref from=\"#"), "one ref per citation, one rref per range");
        assertTrue(xml.contains("<ref href=\"#art_24i\">"), "Article 24i is cited");
        assertTrue(xml.contains("<rref from=\"#art_24a\" upTo=\"#art_24g\">24a–24g</rref>"), "a range");
    }

    private static long divisionNotes(Division d) {
        return (d.provenance().isEmpty() ? 0 : 1) + d.children().stream().mapToLong(AknExportTest::divisionNotes).sum();
    }

    private static List<Article> wordings(Article a) {
        List<Article> out = new ArrayList<>(List.of(a));
        out.addAll(a.alternatives());
        return out;
    }

    private static void items(Item i, Set<String> eIds, List<String> missing) {
        if (!eIds.contains(i.id())) missing.add(i.id());
        for (Item s : i.subItems()) items(s, eIds, missing);
    }

    private Set<String> all(String regex) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(xml);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private long count(String needle) {
        return xml.split(Pattern.quote(needle), -1).length - 1L;
    }
}
