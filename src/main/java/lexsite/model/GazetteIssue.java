package lexsite.model;

/** One issue of the State Gazette (Държавен вестник), e.g. No. 52 of 2025. */
public record GazetteIssue(int number, int year) implements Comparable<GazetteIssue> {

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
