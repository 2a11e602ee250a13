package lexsite.model;

/** One thing a programme offers, in the programme's own words. */
public record Service(String name, String description) implements java.io.Serializable {
}
