package lexsite.embed;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * An {@link Embedder} that computes each text once: vectors are kept by the SHA-256 of the text in one file per
 * model ({@code .lexsite/embeddings/<model>.bin}), read whole at start and rewritten (to a temporary file, then
 * moved) by {@link #save()} when something new was computed. A text that changes gets a new vector; the vectors of
 * texts no longer asked for are dropped at the next save.
 */
public final class CachedEmbedder implements Embedder {

    private final Embedder model;
    private final Path file;
    private final Map<String, float[]> stored = new TreeMap<>(); // sorted: the same vectors give the same file
    private final Map<String, float[]> used = new TreeMap<>();
    private int computed;

    public CachedEmbedder(Embedder model, Path directory, String modelName) {
        this.model = model;
        this.file = directory.resolve(modelName + ".bin");
        read();
    }

    @Override
    public float[] embed(String text) {
        String key = sha256(text);
        float[] v = used.get(key);
        if (v == null) v = stored.get(key);
        if (v == null) {
            v = model.embed(text);
            computed++;
        }
        used.put(key, v);
        return v;
    }

    /** How many vectors were computed rather than read from the cache. */
    public int computed() {
        return computed;
    }

    /** Writes the vectors used since the start, if any was computed or any stored one went unused. */
    public void save() {
        if (computed == 0 && used.keySet().equals(stored.keySet())) return;
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)))) {
                for (Map.Entry<String, float[]> e : used.entrySet()) {
                    out.write(HexFormat.of().parseHex(e.getKey()));
                    out.writeShort(e.getValue().length);
                    for (float f : e.getValue()) out.writeFloat(f);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        if (!Files.isRegularFile(file)) return;
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            byte[] hash = new byte[32];
            while (true) {
                try {
                    in.readFully(hash);
                } catch (EOFException end) {
                    return;
                }
                float[] v = new float[in.readUnsignedShort()];
                for (int i = 0; i < v.length; i++) v[i] = in.readFloat();
                stored.put(HexFormat.of().formatHex(hash), v);
            }
        } catch (IOException e) {
            stored.clear(); // a damaged cache costs a recomputation, never a wrong vector
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
