package lexsite.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lexsite.model.Amendment;
import lexsite.model.AmendmentKind;
import lexsite.model.GazetteIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmendmentNoteParserTest {

    private static List<Amendment> amendments(String note) {
        AmendmentNoteParser.Result result = AmendmentNoteParser.parse(note, 7);
        assertEquals(List.of(), result.unreadable(), note);
        assertEquals(note, result.provenance().raw());
        assertEquals(7, result.provenance().line());
        return result.provenance().amendments();
    }

    private static void check(Amendment a, AmendmentKind kind, GazetteIssue issue, LocalDate effective, String detail) {
        assertEquals(kind, a.kind(), a.raw());
        assertEquals(issue, a.issue(), a.raw());
        assertEquals(effective, a.effective(), a.raw());
        assertEquals(detail, a.detail(), a.raw());
    }

    private static GazetteIssue sg(int number, int year) {
        return new GazetteIssue(number, year);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "(new – SG No. 42 of 2001; repealed – SG No. 33 of 2016, in force from 21.05.2016; new – SG No. 21 of 2021, in force from 01.06.2021; last amended – SG No. 21 of 2021)",
            "(New – State Gazette No. 29 of 2007; last amended – none after adoption)",
            "(New – State Gazette No. 43 of 2011, in force from 15.06.2011; no subsequent amendments)",
            "(new – State Gazette No. 43 of 2011, in force from 15.06.2011; amended – State Gazette No. 24 of 2019, in force from 01.07.2020; amendment concerning entry into force – State Gazette No. 101 of 2019)",
            "(New – State Gazette No. 42 of 2001; previous Article 42a – State Gazette No. 29 of 2007; last amended – State Gazette No. 52 of 2025)",
            "(Supplemented and amended multiple times; last amended – State Gazette No. 52 of 2025)",
            "(new – SG No. 37 of 2003; former text of Article 60 – SG No. 109 of 2007, in force from 01.01.2008; supplemented – SG No. 36 of 2009; supplemented – SG No. 9 of 2011)",
            "(New – State Gazette No. 43 of 2011, in force from 15.06.2011; renumbered – State Gazette No. 24 of 2018)",
            "(former paragraph 5; amended and supplemented – State Gazette No. 97 of 2016; supplemented – State Gazette No. 67 of 2023)",
            "(title amended – State Gazette No. 29 of 2007)",
            "(amended – State Gazette No. 54 of 2002, effective as of 01.12.2002; amended – State Gazette No. 23 of 2013)",
            "(second sentence effective from 01.06.2011)",
            "(New – State Gazette No. 42 of 2001; current version since State Gazette No. 36 of 2009)",
            "(amended – State Gazette No. 29 of 2007)",
            "(amended – SG No. 26 of 2008)",
            "(new – SG 29/07)",
            "(Amended, SG No. 42/2001, SG No. 29/2007)",
    })
    void realNotesAreNotesAndReadCompletely(String note) {
        assertTrue(AmendmentNoteParser.isNote(note), note);
        assertEquals(note.length(), AmendmentNoteParser.noteLength(note), note);
        List<Amendment> list = amendments(note);
        assertFalse(list.isEmpty(), note);
        for (Amendment a : list) assertFalse(a.raw().isBlank() || a.raw().contains(";") || a.raw().startsWith("("));
    }

    @Test
    void repealAndReinsertion() {
        List<Amendment> list = amendments("(new – SG No. 42 of 2001; repealed – SG No. 33 of 2016, in force from 21.05.2016;"
                + " new – SG No. 21 of 2021, in force from 01.06.2021; last amended – SG No. 21 of 2021)");
        assertEquals(4, list.size());
        check(list.get(0), AmendmentKind.NEW, sg(42, 2001), null, null);
        check(list.get(1), AmendmentKind.REPEALED, sg(33, 2016), LocalDate.of(2016, 5, 21), null);
        check(list.get(2), AmendmentKind.NEW, sg(21, 2021), LocalDate.of(2021, 6, 1), null);
        check(list.get(3), AmendmentKind.LAST_AMENDED, sg(21, 2021), null, null);
        assertEquals("repealed – SG No. 33 of 2016, in force from 21.05.2016", list.get(1).raw());
    }

    @Test
    void summariesWithoutIssue() {
        List<Amendment> list = amendments("(New – State Gazette No. 29 of 2007; last amended – none after adoption)");
        check(list.get(1), AmendmentKind.NO_LATER_AMENDMENT, null, null, null);
        list = amendments("(New – State Gazette No. 43 of 2011, in force from 15.06.2011; no subsequent amendments)");
        check(list.get(0), AmendmentKind.NEW, sg(43, 2011), LocalDate.of(2011, 6, 15), null);
        check(list.get(1), AmendmentKind.NO_LATER_AMENDMENT, null, null, null);
        list = amendments("(Supplemented and amended multiple times; last amended – State Gazette No. 52 of 2025)");
        check(list.get(0), AmendmentKind.AMENDED_MULTIPLE_TIMES, null, null, null);
        check(list.get(1), AmendmentKind.LAST_AMENDED, sg(52, 2025), null, null);
        check(amendments("(Amended multiple times)").get(0), AmendmentKind.AMENDED_MULTIPLE_TIMES, null, null, null);
    }

    @Test
    void formerAndPrevious() {
        List<Amendment> list = amendments("(new – SG No. 37 of 2003; former text of Article 60 – SG No. 109 of 2007,"
                + " in force from 01.01.2008; supplemented – SG No. 36 of 2009; supplemented – SG No. 9 of 2011)");
        check(list.get(1), AmendmentKind.FORMER, sg(109, 2007), LocalDate.of(2008, 1, 1), "text of Article 60");
        check(amendments("(former paragraph 2 – State Gazette No. 9 of 2011)").get(0),
                AmendmentKind.FORMER, sg(9, 2011), null, "paragraph 2");
        check(amendments("(former item 7 – State Gazette No. 9 of 2011)").get(0),
                AmendmentKind.FORMER, sg(9, 2011), null, "item 7");
        check(amendments("(Former text of Article 25 – State Gazette No. 9 of 2011)").get(0),
                AmendmentKind.FORMER, sg(9, 2011), null, "text of Article 25");
        list = amendments("(former paragraph 5; amended and supplemented – State Gazette No. 97 of 2016;"
                + " supplemented – State Gazette No. 67 of 2023)");
        check(list.get(0), AmendmentKind.FORMER, null, null, "paragraph 5");
        check(list.get(1), AmendmentKind.AMENDED_AND_SUPPLEMENTED, sg(97, 2016), null, null);
        check(list.get(2), AmendmentKind.SUPPLEMENTED, sg(67, 2023), null, null);
        list = amendments("(New – State Gazette No. 42 of 2001; previous Article 42a – State Gazette No. 29 of 2007;"
                + " last amended – State Gazette No. 52 of 2025)");
        check(list.get(1), AmendmentKind.PREVIOUSLY_NUMBERED, sg(29, 2007), null, "Article 42a");
    }

    @Test
    void otherKinds() {
        check(amendments("(title amended – State Gazette No. 29 of 2007)").get(0),
                AmendmentKind.TITLE_AMENDED, sg(29, 2007), null, null);
        List<Amendment> list = amendments("(New – State Gazette No. 43 of 2011, in force from 15.06.2011;"
                + " renumbered – State Gazette No. 24 of 2018)");
        check(list.get(1), AmendmentKind.RENUMBERED, sg(24, 2018), null, null);
        list = amendments("(New – State Gazette No. 42 of 2001; current version since State Gazette No. 36 of 2009)");
        check(list.get(1), AmendmentKind.CURRENT_VERSION, sg(36, 2009), null, null);
        list = amendments("(new – State Gazette No. 43 of 2011, in force from 15.06.2011; amended – State Gazette"
                + " No. 24 of 2019, in force from 01.07.2020; amendment concerning entry into force – State Gazette No. 101 of 2019)");
        check(list.get(1), AmendmentKind.AMENDED, sg(24, 2019), LocalDate.of(2020, 7, 1), null);
        check(list.get(2), AmendmentKind.ENTRY_INTO_FORCE_AMENDED, sg(101, 2019), null, null);
        check(amendments("(second sentence effective from 01.06.2011)").get(0),
                AmendmentKind.PARTIAL_EFFECT, null, LocalDate.of(2011, 6, 1), "second sentence");
        check(amendments("(Supplemented and amended – SG No. 5 of 2010)").get(0),
                AmendmentKind.AMENDED_AND_SUPPLEMENTED, sg(5, 2010), null, null);
        check(amendments("(amended – State Gazette No. 54 of 2002, effective as of 01.12.2002)").get(0),
                AmendmentKind.AMENDED, sg(54, 2002), LocalDate.of(2002, 12, 1), null);
        check(amendments("(new - SG No. 5 of 2010, effective from 01.01.2008)").get(0),
                AmendmentKind.NEW, sg(5, 2010), LocalDate.of(2008, 1, 1), null);
        check(amendments("(Last amended — SG No. 5 of 2010)").get(0), AmendmentKind.LAST_AMENDED, sg(5, 2010), null, null);
    }

    @Test
    void shortFormsAndTwoDigitYears() {
        check(amendments("(new – SG 29/07)").get(0), AmendmentKind.NEW, sg(29, 2007), null, null);
        check(amendments("(new – SG 153/98)").get(0), AmendmentKind.NEW, sg(153, 1998), null, null);
        List<Amendment> list = amendments("(Amended, SG No. 42/2001, SG No. 29/2007)");
        assertEquals(2, list.size());
        check(list.get(0), AmendmentKind.AMENDED, sg(42, 2001), null, null);
        check(list.get(1), AmendmentKind.AMENDED, sg(29, 2007), null, null);
        assertEquals("Amended, SG No. 42/2001, SG No. 29/2007", list.get(1).raw());
    }

    @Test
    void unreadableEntriesAreReportedNotThrown() {
        AmendmentNoteParser.Result r = AmendmentNoteParser.parse("(amended – State Gazete No. of 20)", 3);
        assertEquals(1, r.unreadable().size());
        assertEquals("amended – State Gazete No. of 20", r.unreadable().get(0).entry());
        assertTrue(r.unreadable().get(0).reason().contains("gazette issue"), r.unreadable().get(0).reason());
        assertEquals("(amended – State Gazete No. of 20)", r.provenance().raw());
        assertTrue(r.provenance().amendments().isEmpty());

        r = AmendmentNoteParser.parse("(frobnicated – SG No. 5 of 2010)", 1);
        assertEquals("unknown kind", r.unreadable().get(0).reason());

        r = AmendmentNoteParser.parse("(new – SG No. 5 of 2010; amended – SG No. 6 of 2011, in force from 31.02.2011)", 1);
        assertEquals(1, r.provenance().amendments().size());
        assertTrue(r.unreadable().get(0).reason().contains("impossible date"), r.unreadable().get(0).reason());

        r = AmendmentNoteParser.parse("(new – SG 5/63)", 1);
        assertTrue(r.unreadable().get(0).reason().contains("two-digit year"), r.unreadable().get(0).reason());
        r = AmendmentNoteParser.parse("(last amended)", 1);
        assertTrue(r.unreadable().get(0).reason().contains("no gazette issue"));
        r = AmendmentNoteParser.parse("(current version since yesterday)", 1);
        assertEquals(1, r.unreadable().size());
        r = AmendmentNoteParser.parse("(new – SG No. 0 of 2010)", 1);
        assertEquals(1, r.unreadable().size());

        for (String odd : new String[] {null, "", "(", ")", "()", "(;;)", "no brackets", "((new – SG 1/01)"}) {
            AmendmentNoteParser.parse(odd, 0); // must not throw
        }
    }

    @Test
    void isNoteAcceptsKnownKindsEvenIfDetailIsBroken() {
        assertTrue(AmendmentNoteParser.isNote("(amended – State Gazete No. of 20)"));
        assertTrue(AmendmentNoteParser.isNote("(former paragraph 5)"));
        assertTrue(AmendmentNoteParser.isNote("(Amended and supplemented; last amended – State Gazette No. 52 of 2025)"));
        assertFalse(AmendmentNoteParser.isNote("(frobnicated – SG No. 5 of 2010)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "(consolidated version as of State Gazette No. 52 of 27 June 2025)",
            "(Prepared on behalf of Black Sea Law Counsel / BSLC)",
            "(1)", "(EES)", "(a)", "()", "(*)", "(fifty)", "(new)", "(amended)", "(new paragraphs are added)",
            "(Bulgarian: Държавен вестник, hereinafter referred to as the State Gazette or SG)",
            "(OJ, L 77/1 of 23 March 2016)", "(or its members or employees)",
            "new – SG No. 5 of 2010", "(new – SG No. 5 of 2010", "(new – SG No. 5 of 2010) and more",
    })
    void ordinaryBracketedTextIsNotANote(String text) {
        assertFalse(AmendmentNoteParser.isNote(text), text);
    }

    @Test
    void noteLengthFindsLeadingNote() {
        String note = "(new – State Gazette No. 9 of 2011)";
        assertEquals(note.length(), AmendmentNoteParser.noteLength(note + " for another purpose."));
        assertEquals(-1, AmendmentNoteParser.noteLength("(1) (new – State Gazette No. 9 of 2011)"));
        assertEquals(-1, AmendmentNoteParser.noteLength("(EES) is a system"));
        assertEquals(-1, AmendmentNoteParser.noteLength("text (new – SG 29/07)"));
        assertEquals(-1, AmendmentNoteParser.noteLength("(new – SG 29/07"));
        // Real (Foreigners Act, Article 39): empty brackets nested in the note, a footnote star after it.
        String nested = "(New – State Gazette No. 42 of 2001; previous text of Article 39a – State Gazette No. 23 of 2013 ())";
        assertEquals(nested.length(), AmendmentNoteParser.noteLength(nested + "*"));
        List<Amendment> list = amendments(nested);
        check(list.get(1), AmendmentKind.PREVIOUSLY_NUMBERED, sg(23, 2013), null, "text of Article 39a");
        assertEquals("previous text of Article 39a – State Gazette No. 23 of 2013 ()", list.get(1).raw());
    }

    /** A numbered paragraph "(2) ", a point "12. " or a letter "a) " may precede the note on its line. */
    private static final Pattern NOTE_PREFIX = Pattern.compile("^(?:\\(\\d+[a-z]?\\)|\\d+[a-z]?\\.|[a-z]\\))\\s+");

    @Test
    void everyNoteOfTheForeignersActReads() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("content/acts/foreigners-act/en/2025-06-30.txt"));
        int notes = 0;
        int amendments = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String note = null;
            if (AmendmentNoteParser.isNote(line)) {
                note = line;
            } else {
                Matcher m = NOTE_PREFIX.matcher(line);
                if (m.find()) {
                    String rest = line.substring(m.end());
                    int length = AmendmentNoteParser.noteLength(rest);
                    if (length > 0) note = rest.substring(0, length);
                }
            }
            if (note == null) continue;
            notes++;
            AmendmentNoteParser.Result result = AmendmentNoteParser.parse(note, i + 1);
            amendments += result.provenance().amendments().size();
            for (AmendmentNoteParser.Unreadable u : result.unreadable()) problems.add((i + 1) + ": " + u);
        }
        System.out.printf("foreigners-act: %d notes, %d amendments, %d unreadable%n", notes, amendments, problems.size());
        assertEquals(List.of(), problems);
        assertTrue(notes >= 500, "only " + notes + " notes found");
    }
}
