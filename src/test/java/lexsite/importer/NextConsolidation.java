package lexsite.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plausible next consolidation of the Foreigners Act, made in the tests only and never published: an imagined SG
 * 60/2026 that moves two fines to euro (Articles 48 and 51b, the second one pinned), inserts Article 24t, repeals
 * Article 14a, inserts a paragraph (7) into Article 23 and renumbers the old (7) as (8); and, as careless
 * consolidations do, changes a word of Article 34 with no note, and notes Article 35(3) as amended without changing it.
 */
final class NextConsolidation {

    private final List<String> lines;

    /** Writes the next consolidation to {@code args[0]}, for measuring an import by hand (docs/BENCHMARKS.md). */
    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), of(Path.of("content/acts/foreigners-act/en/2025-06-30.txt")), StandardCharsets.UTF_8);
    }

    private NextConsolidation(List<String> lines) {
        this.lines = new ArrayList<>(lines);
    }

    static List<String> of(Path current) throws IOException {
        NextConsolidation t = new NextConsolidation(Files.readAllLines(current, StandardCharsets.UTF_8));
        t.replace("(consolidated version as of State Gazette No. 52 of 27 June 2025)", "(consolidated version as of State Gazette No. 60 of 26 June 2026)");
        t.replace("18 June 2025, promulgated in State Gazette No. 52 of 27 June 2025,", "17 June 2026, promulgated in State Gazette No. 60 of 26 June 2026,");
        t.replace("effective as of 30 June 2025.", "effective as of 1 July 2026.");
        int fine = t.find("A fine from BGN 500 to BGN 5,000 shall be imposed on a foreigner who:");
        t.set(fine - 2, "(last amended – SG No. 60 of 2026)");
        t.set(fine - 1, "(1) (amended – SG No. 60 of 2026)");
        t.set(fine, "A fine from EUR 250 to EUR 2,500 shall be imposed on a foreigner who:");
        int late = t.find("A fine from BGN 100 to BGN 500 shall be imposed on a foreigner who, after entering");
        t.set(late - 2, "(new – SG No. 52 of 2025; amended – SG No. 60 of 2026)");
        t.set(late, t.lines.get(late).replace("A fine from BGN 100 to BGN 500", "A fine from EUR 50 to EUR 250"));
        int seasonal = t.find("(1) A short-term residence visa may also be issued to a foreigner who wishes to perform seasonal work");
        String note = t.lines.get(seasonal - 1);
        t.set(seasonal - 1, note.substring(0, note.length() - 1) + "; repealed – SG No. 60 of 2026)");
        t.lines.remove(seasonal + 1);
        t.lines.remove(seasonal);
        int permanent = t.find("(1) (Former text of Article 25 – State Gazette No. 36 of 2009)");
        t.lines.addAll(permanent, List.of("(new – SG No. 60 of 2026)",
                "(1) A long-term residence permit may be granted to the family members of a holder of a permit under Article 24s, for the same period.",
                "(2) The permit under paragraph (1) shall be issued by the Migration Directorate."));
        int seventh = t.find("(7) (new – State Gazette No. 21 of 2021)", t.find("(1) Foreigners shall reside in the Republic of Bulgaria as follows:"));
        t.set(seventh, "(8) (new – State Gazette No. 21 of 2021; former paragraph 7 – SG No. 60 of 2026)");
        t.lines.addAll(seventh, List.of("(7) (new – SG No. 60 of 2026)", "Foreigners may submit the applications under paragraphs 5 and 6 electronically."));
        t.replace("Every foreigner shall be obliged to leave the country before the expiry of the authorised period of residence.",
                "Every foreigner shall be obliged to leave the country before the expiry of the authorised period of stay.");
        t.replace("(3) (Supplemented – State Gazette No. 9 of 2011)", "(3) (Supplemented – State Gazette No. 9 of 2011; amended – SG No. 60 of 2026)");
        return t.lines;
    }

    private int find(String start) {
        return find(start, 0);
    }

    private int find(String start, int from) {
        for (int i = from; i < lines.size(); i++) if (lines.get(i).startsWith(start)) return i;
        throw new IllegalStateException("no line starts: " + start);
    }

    private void replace(String whole, String with) {
        int at = lines.indexOf(whole);
        if (at < 0) throw new IllegalStateException("no line: " + whole);
        lines.set(at, with);
    }

    private void set(int at, String with) {
        lines.set(at, with);
    }
}
