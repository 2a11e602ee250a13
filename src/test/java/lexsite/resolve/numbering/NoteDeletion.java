package lexsite.resolve.numbering;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lexsite.load.SourceText;

/**
 * A copy of an act's text that lost a share of its amendment notes, chosen at random from a seed: the damage a
 * careless copy does. A note standing on its own line leaves the line blank, so line numbers stay as they were.
 */
final class NoteDeletion {

    private static final Pattern NOTE = Pattern.compile("\\s*\\((?:[^()]*?)(?:SG|State Gazette)[^()]*\\)");

    private NoteDeletion() {
    }

    static SourceText delete(SourceText text, double share, long seed) {
        record At(int line, int start, int end) {
        }
        List<At> notes = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Matcher m = NOTE.matcher(text.lines().get(i));
            while (m.find()) notes.add(new At(i, m.start(), m.end()));
        }
        Random random = new Random(seed);
        java.util.Collections.shuffle(notes, random);
        List<At> gone = new ArrayList<>(notes.subList(0, (int) Math.round(notes.size() * share)));
        gone.sort(java.util.Comparator.comparingInt(At::line).thenComparing(At::start, java.util.Comparator.reverseOrder()));
        List<String> lines = new ArrayList<>(text.lines());
        for (At a : gone) {
            String l = lines.get(a.line());
            lines.set(a.line(), (l.substring(0, a.start()) + l.substring(a.end())).strip().isEmpty() ? "" : l.substring(0, a.start()) + l.substring(a.end()));
        }
        return new SourceText(text.file(), lines);
    }
}
