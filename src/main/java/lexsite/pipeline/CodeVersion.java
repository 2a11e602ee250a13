package lexsite.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of the code that is running: every class of Lexsite (from the jar, its names and CRCs, which the jar
 * already holds; from target/classes, their bytes), the JDK's version and the cache format. A kept result is used only
 * by the code that made it, so a fix to the parser can never be hidden behind a cache of the old parser's work.
 */
public final class CodeVersion {

    /** Raise when the cache's layout changes. */
    static final String FORMAT = "lexsite-act-cache-1";

    private static volatile String current;

    private CodeVersion() {
    }

    public static String current() {
        if (current == null) current = compute();
        return current;
    }

    private static String compute() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((FORMAT + "\n" + System.getProperty("java.version") + "\n").getBytes(StandardCharsets.UTF_8));
            Path code = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (Stream<Path> walk = Files.walk(code.resolve("lexsite"))) {
                    for (Path f : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                        sha.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        sha.update(Files.readAllBytes(f));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(code.toFile())) {
                    List<JarEntry> entries = Collections.list(jar.entries()).stream()
                            .filter(e -> e.getName().startsWith("lexsite/")).sorted(java.util.Comparator.comparing(JarEntry::getName)).toList();
                    for (JarEntry e : entries) {
                        sha.update((e.getName() + ":" + e.getCrc() + ":" + e.getSize() + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | URISyntaxException | SecurityException | NullPointerException e) {
            // no code source to read: no fingerprint to trust, so nothing kept is ever reused
            return "unknown-" + System.nanoTime();
        }
    }
}
