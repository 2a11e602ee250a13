package lexsite.render;

import java.io.IOException;
import java.io.Writer;

/**
 * A page's output, up to a limit: a template that loops over a huge range stops with a message when its page
 * passes the limit, long before it fills the memory. The limit is checked as the text arrives.
 */
final class BoundedWriter extends Writer {

    /** Thrown when the page passes the limit; FreeMarker passes a writer's IOException through unchanged. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("the page passes " + limit + " characters");
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final long limit;
    private Runnable onOverflow = () -> { };

    BoundedWriter(long limit) {
        this.limit = limit;
    }

    /** Run once, on the rendering thread, just before the page passes the limit (to note where the template is). */
    void onOverflow(Runnable action) {
        this.onOverflow = action;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        if (text.length() + (long) length > limit) {
            onOverflow.run();
            throw new TooLarge(limit);
        }
        text.append(buffer, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        if (text.length() + (long) length > limit) {
            onOverflow.run();
            throw new TooLarge(limit);
        }
        text.append(s, offset, offset + length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
