package lexsite.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads content text strictly as UTF-8. Anything else (binary, UTF-16, Windows-1251) is refused with the
 * line where it goes wrong, rather than read as mojibake into a law.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /** @param shownAs the path as maintainers should see it in messages */
    public static SourceText read(Path path, String shownAs) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ContentError(shownAs, 0, "cannot read file: " + e.getMessage());
        }
        SourceText text = SourceText.of(shownAs, decode(bytes, shownAs));
        InvisibleCharacters.refuse(text, InvisibleCharacters.EVERYWHERE);
        return text;
    }

    static String decode(byte[] bytes, String file) {
        if (bytes.length == 0) throw new ContentError(file, 1, "file is empty");
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            String order = bytes[0] == (byte) 0xFF ? "LE" : "BE";
            throw new ContentError(file, 1, "file is UTF-16 " + order + " (it starts with a UTF-16 byte order mark); save it as UTF-8");
        }
        String utf16 = Utf16Guess.of(bytes);
        if (utf16 != null) throw new ContentError(file, 1, "file looks like UTF-16 " + utf16 + " without a byte order mark; save it as UTF-8");
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ContentError(file, lineAt(bytes, i), "file contains NUL bytes: it is binary or UTF-16, not UTF-8 text");
            }
            if (isControl(bytes[i])) {
                throw new ContentError(file, lineAt(bytes, i), "file contains the control character 0x"
                        + String.format("%02X", bytes[i]) + " at offset " + i + ": it is binary, not text");
            }
        }
        if (start == bytes.length) throw new ContentError(file, 1, "file is empty (it holds only a byte order mark)");
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        // decode() stops at the first bad byte and leaves the buffer there: that is where the file goes wrong
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) result = decoder.flush(out);
        if (result.isError()) {
            int bad = in.position();
            throw new ContentError(file, lineAt(bytes, bad), "file is not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[bad] & 0xFF) + " at offset " + bad
                    + "); it may be Windows-1251 or another legacy encoding: save it as UTF-8");
        }
        return out.flip().toString();
    }

    /** C0 controls other than tab, line feed, form feed and carriage return do not occur in text. */
    private static boolean isControl(byte b) {
        return b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r';
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }
}
