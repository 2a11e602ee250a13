package lexsite.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Parsed and resolved act versions kept under {@code .lexsite/acts/}, one file per version, named by the SHA-256 of
 * everything parse and resolve read (the act's manifest, its pins, the version and every line of its text, with the
 * files' names that messages show) and of the code ({@link CodeVersion}). An entry is used only when its name and the
 * key stored inside it both match; an unreadable or foreign entry is ignored and made again, so a cache can slow a
 * build down but never change what it writes.
 *
 * <p>With {@code inMemory}, entries are also kept in this object, as {@code serve} does between rebuilds.
 */
public final class ActCacheFolder implements ActCache {

    private record Stored(String key, Entry entry) implements Serializable {
    }

    private final Path folder;
    private final String code;
    private final boolean inMemory;
    private final Map<String, Entry> memory = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public ActCacheFolder(Path folder, String code, boolean inMemory) {
        this.folder = folder;
        this.code = code;
        this.inMemory = inMemory;
    }

    /** The cache of {@code project}, for the code that is running. */
    public static ActCacheFolder of(Path project, boolean inMemory) {
        return new ActCacheFolder(project.resolve(".lexsite").resolve("acts"), CodeVersion.current(), inMemory);
    }

    @Override
    public Entry get(Key key, Supplier<Entry> compute) {
        String hash = hash(key);
        used.add(hash);
        Entry kept = memory.get(hash);
        if (kept == null) kept = read(hash);
        if (kept == null) {
            kept = compute.get();
            write(hash, kept);
        }
        if (inMemory) memory.put(hash, kept);
        return kept;
    }

    /** Removes the entries no act version of this run asked for: edits leave no trail of old texts behind. */
    public void prune() {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!used.contains(name.replaceFirst("\\.bin$", ""))) Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a cache that cannot be tidied is still correct
        }
        memory.keySet().retainAll(used);
        used.clear();
    }

    /**
     * A cache file is read back only as Lexsite's own records and the JDK's values: a file put under .lexsite/ by
     * someone else cannot make the build construct any other class (Java serialization's known hazard).
     */
    private static final int BUFFER = 1 << 16;

    private static final java.io.ObjectInputFilter ONLY_THE_MODEL =
            java.io.ObjectInputFilter.Config.createFilter("lexsite.**;java.base/*;!*");

    String hash(Key key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            var act = key.act();
            var text = act.texts().get(key.version());
            for (Object part : new Object[] {code, act.manifestFile(), act.manifest(), act.pinsFile(), act.pins(), key.version(), text.file()}) {
                byte[] bytes = CanonicalText.of(part).getBytes(StandardCharsets.UTF_8); // the same in every JVM
                sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8)); // lengths keep the parts apart
                sha.update(bytes);
            }
            sha.update((text.lines().size() + ":").getBytes(StandardCharsets.UTF_8));
            for (String line : text.lines()) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private Entry read(String hash) {
        Path file = folder.resolve(hash + ".bin");
        if (!Files.isRegularFile(file)) return null;
        // buffered: an object stream reads a few bytes at a time, and each read of a file's own stream is a system call
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ONLY_THE_MODEL);
            Object o = objects.readObject();
            return o instanceof Stored s && s.key().equals(hash) ? s.entry() : null;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null; // damaged or from other code: made again
        }
    }

    private void write(String hash, Entry entry) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, hash, ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), BUFFER); ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(new Stored(hash, entry));
            }
            Files.move(temp, folder.resolve(hash + ".bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // an entry that cannot be kept is made again next time
        }
    }
}
