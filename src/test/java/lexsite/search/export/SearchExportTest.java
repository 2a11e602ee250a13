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

    /** "doc.length[.freq]" postings as [doc, length, freq] (what bounds the next chunk, after ";", left out). */
    private static List<int[]> postings(String text) {
        List<int[]> out = new ArrayList<>();
        if (text.indexOf(';') >= 0) text = text.substring(0, text.indexOf(';'));
        if (text.isEmpty()) return out;
        for (String e : text.split(",")) {
            String[] p = e.split("\\.");
            out.add(new int[] {Integer.parseInt(p[0], 36), Integer.parseInt(p[1], 36), p.length > 2 ? Integer.parseInt(p[2], 36) : 1});
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
