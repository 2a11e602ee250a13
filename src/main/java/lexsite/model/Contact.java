package lexsite.model;

/**
 * How to reach a programme. Every field but the label may be null: the sources often lost part of it.
 *
 * @param phone as printed, e.g. "+359 (2) 93-94-774"
 * @param hours when someone answers, as printed
 */
public record Contact(String label, String phone, String email, String address, String hours) implements java.io.Serializable {

    /**
     * The phone as a {@code tel:} URI (RFC 3966): only the leading "+" and the digits are kept, and a trunk
     * prefix written "(0)" is dropped because it is never dialled from abroad. Null when there is no phone.
     */
    public String telHref() {
        if (phone == null) return null;
        String dialled = phone.strip().replace("(0)", "");
        String digits = dialled.replaceAll("[^0-9]", "");
        return "tel:" + (dialled.startsWith("+") ? "+" : "") + digits;
    }

    /** The e-mail address as a {@code mailto:} URI; null when there is none. */
    public String mailtoHref() {
        return email == null ? null : "mailto:" + email.strip();
    }
}
