package lexsite.model;

/** One issue of the State Gazette (Държавен вестник), e.g. No. 52 of 2025. */
public record GazetteIssue(int number, int year) implements Comparable<GazetteIssue>, java.io.Serializable {

    /** "State Gazette No. 52 of 27 June 2025", "Issue No. 153 of 23 December 1998", "SG No. 9 of 2011". */
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile(
            "(?iu)(?:State\\s+Gazette|SG|Issue)\\s+No\\.?\\s*(\\d{1,3})\\s+of\\s+(?:\\d{1,2}\\s+\\p{L}+\\s+)?(\\d{4})");

    /** The issues a sentence of prose names, in order, each once (implausible numbers and years are no issue). */
    public static java.util.List<GazetteIssue> namedIn(String text) {
        java.util.Set<GazetteIssue> out = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = NAMED.matcher(text);
        while (m.find()) {
            try {
                out.add(new GazetteIssue(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (IllegalArgumentException e) {
                // "No. 0" or the year 3025: not a gazette reference
            }
        }
        return java.util.List.copyOf(out);
    }

    public GazetteIssue {
        if (number <= 0) throw new IllegalArgumentException("gazette issue number must be positive: " + number);
        if (year < 1800 || year > 2200) throw new IllegalArgumentException("implausible gazette year: " + year);
    }

    /** Stable id used in file names and anchors: {@code sg-52-2025}. */
    public String id() {
        return "sg-" + number + "-" + year;
    }

    /** Short human label: {@code SG 52/2025}. */
    public String label() {
        return "SG " + number + "/" + year;
    }

    @Override
    public int compareTo(GazetteIssue other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return label();
    }
}
