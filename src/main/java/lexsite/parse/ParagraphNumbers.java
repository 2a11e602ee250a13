package lexsite.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders paragraph and item numbers such as "2", "2a", "10". */
final class ParagraphNumbers {

    private static final Pattern FORM = Pattern.compile("(\\d+)(.*)");

    private ParagraphNumbers() {
    }

    static int compare(String a, String b) {
        Matcher ma = FORM.matcher(a);
        Matcher mb = FORM.matcher(b);
        if (!ma.matches() || !mb.matches()) return a.compareTo(b);
        int byNumber = Integer.compare(Integer.parseInt(ma.group(1)), Integer.parseInt(mb.group(1)));
        return byNumber != 0 ? byNumber : ma.group(2).compareTo(mb.group(2));
    }
}
