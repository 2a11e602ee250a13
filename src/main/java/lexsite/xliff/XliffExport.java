package lexsite.xliff;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import lexsite.model.Act;
import lexsite.model.TextLine;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.CanReorder;
import net.sf.okapi.lib.xliff2.core.Fragment;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

/**
 * One act version as an XLIFF 2.0 file for CAT tools, written by the Okapi library: one {@code <unit>} per
 * {@link SourceUnit} (id = eId), one segment per source line, the citation and any gap as {@code <notes>}, and the
 * amendment note as a placeholder code the translator can neither edit, copy nor delete.
 */
public final class XliffExport {

    /** The XLIFF {@code file/@original}: the act and the version's text, so an import finds the source again. */
    public static String original(Act act) {
        return act.manifest().id() + "/" + act.version().file();
    }

    /**
     * @param existing target lines already translated, by unit id (from a language version of the same text); a unit
     *                 whose count of lines differs is left empty rather than misaligned
     */
    public static String of(Act act, String targetLanguage, Map<String, List<String>> existing) {
        StringWriter buffer = new StringWriter();
        try (XLIFFWriter writer = new XLIFFWriter()) {
            writer.setLineBreak("\n");
            writer.setUseIndentation(true);
            writer.create(buffer, act.version().language(), targetLanguage);
            StartXliffData start = new StartXliffData(null);
            start.setSourceLanguage(act.version().language());
            start.setTargetLanguage(targetLanguage);
            writer.writeStartDocument(start, null);
            StartFileData file = new StartFileData(act.manifest().id());
            file.setOriginal(original(act));
            writer.writeStartFile(file);
            for (SourceUnit source : SourceUnit.of(act)) writer.writeUnit(unit(source, existing.get(source.id())));
            writer.writeEndFile();
            writer.writeEndDocument();
        }
        return buffer.toString();
    }

    private static Unit unit(SourceUnit source, List<String> translated) {
        Unit unit = new Unit(source.id());
        unit.setName(source.label());
        note(unit, "location", source.label());
        if (!source.note().isEmpty()) note(unit, "amendment", "Amendment note, kept as it is: " + source.note().raw());
        if (!source.articleNote().isEmpty()) note(unit, "amendment", "The article's amendment note, kept as it is: " + source.articleNote().raw());
        boolean filled = translated != null && translated.size() == source.lines().size();
        for (int i = 0; i < source.lines().size(); i++) {
            TextLine line = source.lines().get(i);
            Segment segment = unit.appendSegment();
            segment.setId("s" + (i + 1));
            Fragment text = segment.getSource();
            if (i == 0 && !source.note().isEmpty()) protectedNote(text, source.note().raw());
            text.append(line.text());
            if (line.listMissingAfter()) {
                note(unit, "gap", "Segment s" + (i + 1) + " announces a list whose items are not in the source.");
            }
            if (filled) {
                Fragment target = segment.getTarget(Segment.GetTarget.CREATE_EMPTY);
                if (i == 0 && !source.note().isEmpty()) protectedNote(target, source.note().raw());
                target.append(translated.get(i));
                segment.setState(TargetState.TRANSLATED);
            }
        }
        return unit;
    }

    private static void protectedNote(Fragment fragment, String raw) {
        CTag code = fragment.appendCode("note", raw);
        code.setCanDelete(false);
        code.setCanCopy(false);
        code.setCanReorder(CanReorder.FIRSTNO); // a sequence of one: it stays first, before the words
        code.setDisp(raw);
        code.setType("fmt");
        code.setSubType("lexsite:amendment");
    }

    private static void note(Unit unit, String category, String text) {
        Note note = new Note(text);
        note.setCategory(category);
        unit.addNote(note);
    }

    private XliffExport() {
    }
}
