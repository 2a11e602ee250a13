package lexsite.search.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lexsite.search.RealIndex;
import lexsite.search.SiteSearcher;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The export of the real content's index, decoded again, holds exactly the index's postings, field lengths and
 * positions; it is byte-identical from build to build; and its files stay within their sizes.
 */
class SearchExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "LexsiteSearch.register(";

    private static DirectoryReader reader;
    private static Map<String, String> files;

    @BeforeAll
    static void export() throws IOException {
        reader = DirectoryReader.open(RealIndex.copy());
        files = SearchExport.files(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    private static final Map<String, JsonNode> PARSED = new HashMap<>();

    /** The data a file registers, checking it registers under its own name. */
    static JsonNode data(String name) throws IOException {
        JsonNode known = PARSED.get(name);
        if (known != null) return known;
        String text = files.get("search/" + name + ".js");
        assertNotNull(text, "no file " + name);
        assertTrue(text.startsWith(PREFIX) && text.endsWith(");\n"), name);
        JsonNode args = JSON.readTree("[" + text.substring(PREFIX.length(), text.length() - 3) + "]");
        assertEquals(name, args.get(0).asText());
        PARSED.put(name, args.get(1));
        return args.get(1);
    }

    /** Runs "length[.freq]:doc,gap,…" as [doc, length, freq] each (what bounds the next chunk, after ";", left out). */
    static List<int[]> postings(String text) {
        List<int[]> out = new ArrayList<>();
        if (text.indexOf(';') >= 0) text = text.substring(0, text.indexOf(';'));
        if (text.isEmpty()) return out;
        for (String run : text.split(" ")) {
            String[] shape = run.substring(0, run.indexOf(':')).split("\\.");
            int length = Integer.parseInt(shape[0], 36), freq = shape.length > 1 ? Integer.parseInt(shape[1], 36) : 1;
            int doc = 0;
            String[] docs = run.substring(run.indexOf(':') + 1).split(",");
            for (int i = 0; i < docs.length; i++) {
                int gap = Integer.parseInt(docs[i], 36);
                if (i > 0) assertTrue(gap > 0, "a run's documents increase: " + run);
                doc += gap;
                out.add(new int[] {doc, length, freq});
            }
        }
        return out;
    }

    @Test
    void thePostingsLengthsAndPositionsAreTheIndexs() throws IOException {
        JsonNode manifest = data("manifest");
        JsonNode shards = manifest.get("terms");
        int checked = 0;
        for (int f = 0; f < manifest.get("fields").size(); f++) {
            FieldStats field = IndexReaderExport.field(reader, manifest.get("fields").get(f).get("name").asText());
            assertEquals(field.docCount(), manifest.get("fields").get(f).get("docCount").asInt());
            assertEquals(field.sumTotalTermFreq(), manifest.get("fields").get(f).get("sumTotalTermFreq").asLong());
            for (var entry : field.postings().entrySet()) {
                String term = entry.getKey();
                JsonNode forField = fieldEntry(shards, term, f);
                Map<Integer, int[]> exported = new HashMap<>();
                float previous = Float.MAX_VALUE;
                for (JsonNode part : forField.get(2)) {
                    List<int[]> list = postings(part.get(2).asText());
                    int tier = 1;
                    for (JsonNode pack : part.get(3)) {
                        list.addAll(postings(data("y/" + pack.asInt()).get(f + " " + term + " " + part.get(0).asInt() + " " + tier++).asText()));
                    }
                    assertEquals(part.get(1).asInt(), list.size(), term + " docFreq in partition");
                    previous = Float.MAX_VALUE;
                    for (int[] p : list) {
                        float impact = p[2] * Bm25.normInverse(p[1], field.averageLength(), field.b());
                        assertTrue(impact <= previous, "impact order of " + term);
                        previous = impact;
                        exported.put(p[0], p);
                    }
                }
                String positions = data("x/" + forField.get(1).asInt()).get(f + " " + term).asText();
                String[] byDoc = positions.split(",");
                assertEquals(entry.getValue().size(), exported.size(), term);
                assertEquals(entry.getValue().size(), byDoc.length, term);
                int doc = 0;
                for (int i = 0; i < byDoc.length; i++) {
                    FieldStats.Posting posting = entry.getValue().get(i);
                    int[] p = exported.get(posting.doc());
                    assertNotNull(p, term + " in " + posting.doc());
                    assertEquals(posting.freq(), p[2]);
                    assertEquals(field.lengths()[posting.doc()], p[1], "decoded norm");
                    String[] parts = byDoc[i].split("\\.");
                    doc += Integer.parseInt(parts[0], 36);
                    assertEquals(posting.doc(), doc);
                    int position = 0;
                    int[] decoded = new int[parts.length - 2];
                    for (int k = 2; k < parts.length; k++) decoded[k - 2] = position += Integer.parseInt(parts[k], 36);
                    assertEquals(List.of(box(posting.positions())), List.of(box(decoded)), term + " positions in " + doc);
                    checked++;
                }
            }
        }
        assertTrue(checked > 40_000, "checked " + checked + " postings");
    }

    private static List<Integer> box(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static JsonNode fieldEntry(JsonNode shards, String term, int field) throws IOException {
        int shard = 0;
        for (int i = 0; i < shards.size(); i++) if (shards.get(i).asText().compareTo(term) <= 0) shard = i;
        JsonNode entry = data("t/" + shard).get(term);
        assertNotNull(entry, term + " is not in shard " + shard);
        for (JsonNode e : entry) if (e.get(0).asInt() == field) return e;
        throw new AssertionError(term + " has no entry for field " + field);
    }

    @Test
    void eachDocumentsOwnTermsAreItsPostingsInEveryField() throws IOException {
        JsonNode manifest = data("manifest");
        // the reference, read through Lucene's own API: document → "field term" → freq, and each field's norms
        Map<Integer, Map<String, Integer>> expected = new HashMap<>();
        Map<Integer, Map<Integer, Integer>> lengths = new HashMap<>();
        org.apache.lucene.index.LeafReader leaf = reader.leaves().get(0).reader();
        for (int f = 0; f < manifest.get("fields").size(); f++) {
            String name = manifest.get("fields").get(f).get("name").asText();
            org.apache.lucene.index.Terms terms = leaf.terms(name);
            if (terms == null) continue;
            var te = terms.iterator();
            org.apache.lucene.index.PostingsEnum pe = null;
            for (var term = te.next(); term != null; term = te.next()) {
                pe = te.postings(pe, org.apache.lucene.index.PostingsEnum.FREQS);
                for (int doc = pe.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                    expected.computeIfAbsent(doc, d -> new java.util.TreeMap<>()).put(f + " " + term.utf8ToString(), pe.freq());
                }
            }
            var norms = leaf.getNormValues(name);
            for (int doc = norms.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                lengths.computeIfAbsent(doc, d -> new HashMap<>()).put(f, org.apache.lucene.util.SmallFloat.byte4ToInt((byte) norms.longValue()));
            }
        }
        int withTerms = 0;
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            Map<String, Integer> got = new java.util.TreeMap<>();
            for (JsonNode field : data("f/" + doc)) {
                int f = field.get(0).asInt();
                assertEquals(lengths.get(doc).get(f), field.get(1).asInt(), "length of field " + f + " in document " + doc);
                if (!field.get(2).asText().isEmpty()) for (String t : field.get(2).asText().split(" ")) assertTrue(got.put(f + " " + t, 1) == null, t);
                field.get(3).fields().forEachRemaining(e -> {
                    assertTrue(e.getValue().asInt() > 1, e.getKey());
                    got.put(f + " " + e.getKey(), e.getValue().asInt());
                });
            }
            assertEquals(expected.getOrDefault(doc, Map.of()), got, "the terms of document " + doc);
            if (!got.isEmpty()) withTerms++;
        }
        assertTrue(withTerms > 900, withTerms + " documents with terms");
    }

    @Test
    void theCostsTheEngineWeighsAreThoseOfTheFilesWritten() throws IOException {
        JsonNode costs = data("manifest").get("forward");
        long records = 0, bytes = 0;
        for (var file : files.entrySet()) {
            if (!file.getKey().startsWith("search/f/")) continue;
            records++;
            java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
            try (var out = new java.util.zip.GZIPOutputStream(gz)) {
                out.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            bytes += Math.min(gz.size(), file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
        assertEquals(reader.maxDoc(), records, "one record a document");
        assertEquals(bytes / records, costs.get("recordBytes").asDouble(), 0.05 * bytes / records, "mean gzipped record");
        assertTrue(costs.get("tailBytesPerChar").asDouble() > 0.1 && costs.get("tailBytesPerChar").asDouble() < 1, costs.toString());
        assertEquals(ImpactOrder.TAIL, costs.get("tail").asInt());
        assertEquals(Packs.CHARS, costs.get("packChars").asInt());
    }

    @Test
    void theVocabularyHoldsEveryWordWithItsDocumentCount() throws IOException {
        var expected = SiteSearcher.vocabulary(reader, SiteSearcher.synonyms(reader)).docFreq();
        Map<String, Integer> byKey = new HashMap<>(), byLength = new HashMap<>();
        for (JsonNode key : data("manifest").get("vocabulary").get("keys")) read(data("v/" + key.asText()).asText(), byKey);
        for (JsonNode length : data("manifest").get("vocabulary").get("lengths")) read(data("v/n" + length.asInt()).asText(), byLength);
        assertEquals(expected, byKey);
        assertEquals(expected, byLength);
    }

    private static void read(String text, Map<String, Integer> into) {
        for (String line : text.split("\n")) {
            int space = line.lastIndexOf(' ');
            into.put(line.substring(0, space), Integer.parseInt(line.substring(space + 1)));
        }
    }

    @Test
    void theSameIndexGivesTheSameFiles() {
        assertEquals(files, SearchExport.files(reader));
    }

    @Test
    void noFileGrowsPastItsSize() {
        int fragments = 0;
        for (var file : files.entrySet()) {
            String name = file.getKey();
            int size = file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (name.equals("search/manifest.js")) assertTrue(size < 8_000, name + ": " + size);
            if (name.startsWith("search/t/")) assertTrue(size < 3 * TermShards.CHARS, name + ": " + size);
            if (name.startsWith("search/v/")) assertTrue(size < 20_000, name + ": " + size);
            if (name.startsWith("search/d/")) fragments = Math.max(fragments, size);
        }
        System.out.printf("search export: %d files, %d bytes; largest fragment group %d bytes%n", files.size(),
                files.values().stream().mapToInt(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum(), fragments);
        assertTrue(fragments < 60_000, "largest fragment group " + fragments);
    }
}
