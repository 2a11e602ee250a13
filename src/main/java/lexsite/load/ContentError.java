package lexsite.load;

/** Content that cannot be used, with where it is: reported as {@code file:line: error: message}. */
public final class ContentError extends RuntimeException {

    private final String file;
    private final int line;

    public ContentError(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": error: " + getMessage();
    }
}
