package lexsite.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The folder and file names a request asks for, decoded from its raw path. Anything that could name a file
 * outside the site is refused here, before the file system is asked: dot segments, separators and escapes
 * that decode to another escape (double encoding), NUL and other control characters, empty segments
 * ({@code //}) and colons (drive letters on Windows). The site never needs any of them in a file name.
 *
 * @param segments      the decoded names, none empty, none {@code .} or {@code ..}
 * @param endsWithSlash whether the request named a folder ({@code /guides/} rather than {@code /guides})
 */
record RequestPath(List<String> segments, boolean endsWithSlash) {

    RequestPath {
        segments = List.copyOf(segments);
    }

    /** The request's path, or empty when it must be refused. */
    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) return Optional.empty();
        String[] raw = rawPath.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            boolean last = i == raw.length - 1;
            if (raw[i].isEmpty() && last) break;
            Optional<String> name = decode(raw[i]).filter(RequestPath::isPlainName);
            if (name.isEmpty()) return Optional.empty();
            segments.add(name.get());
        }
        return Optional.of(new RequestPath(segments, rawPath.endsWith("/")));
    }

    /** Where the request points below {@code root}; segments hold no separators, so it cannot climb out. */
    Path resolveIn(Path root) {
        Path path = root;
        for (String segment : segments) path = path.resolve(segment);
        return path;
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == '%' || c == ':') return false;
        }
        return true;
    }

    /** Percent-decodes one segment as strict UTF-8; a broken escape or an overlong form is refused. */
    private static Optional<String> decode(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                if (c > 0x7f) return Optional.empty(); // a raw non-ASCII byte is not a valid request target
                bytes.write(c);
                continue;
            }
            if (i + 2 >= segment.length()) return Optional.empty();
            int high = Character.digit(segment.charAt(i + 1), 16);
            int low = Character.digit(segment.charAt(i + 2), 16);
            if (high < 0 || low < 0) return Optional.empty();
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
