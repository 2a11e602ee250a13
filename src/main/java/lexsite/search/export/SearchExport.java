package lexsite.search.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import lexsite.model.ArticleNumber;
import lexsite.search.QueryPlan;
import lexsite.search.ResultRows;
import lexsite.search.SearchAnalyzers;
import lexsite.search.SearchIndexBuilder;
import lexsite.search.SiteSearcher;
import lexsite.search.Synonyms;
import lexsite.search.Vocabulary;
import org.apache.lucene.index.IndexReader;

/**
 * The static search export: the files under {@code site/search/} that {@code assets/search/engine.js} loads, all
 * read out of the Lucene index (terms, postings, decoded norms, statistics, stored fields, commit data). The
 * manifest {@code search/manifest.js} says where everything else is; see docs/ARCHITECTURE.md, "Search".
 */
public final class SearchExport {

    private SearchExport() {
    }

    /** Path under the site root → content, sorted. */
    public static Map<String, String> files(IndexReader reader) {
        Map<String, String> out = new TreeMap<>();
        write(reader, out::put);
        return out;
    }

    /** Writes every file of the export through {@code writer} (path under the site root, text), each once made. */
    public static void write(IndexReader reader, BiConsumer<String, String> writer) {
        try {
            ExportFiles files = new ExportFiles(writer);
            DocTable docs = new DocTable(reader);
            Map<String, Float> boosts = SiteSearcher.fields(reader);
            List<FieldStats> fields = new ArrayList<>();
            List<Map<String, Object>> fieldInfo = new ArrayList<>();
            boosts.forEach((name, boost) -> {
                FieldStats stats = IndexReaderExport.field(reader, name);
                fields.add(stats);
                Map<String, Object> info = new LinkedHashMap<>();
                info.put("name", name);
                info.put("boost", boost);
                info.put("b", stats.b());
                info.put("analyzer", name.equals(SearchIndexBuilder.CITATION) ? "standard" : name.substring(name.indexOf('_') + 1));
                info.put("docCount", stats.docCount());
                info.put("sumTotalTermFreq", stats.sumTotalTermFreq());
                fieldInfo.add(info);
            });
            Synonyms synonyms = SiteSearcher.synonyms(reader);
            Vocabulary vocabulary = SiteSearcher.vocabulary(reader, synonyms);

            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("version", 1);
            manifest.put("docs", reader.maxDoc());
            manifest.put("fields", fieldInfo);
            manifest.put("partitions", DocTable.KINDS);
            manifest.put("kinds", docs.kindRanges());
            TermShards.Written terms = TermShards.write(fields, docs, files);
            manifest.put("terms", terms.firsts());
            // what the engine weighs when a proof stalls: scoring its blocking documents from f/ or reading a tail
            ForwardFiles.write(fields, reader.maxDoc(), files);
            manifest.put("forward", costs(terms, files));
            Map<String, Object> fragments = new LinkedHashMap<>(); // Map.of's order changes from one JVM to the next
            fragments.put("size", FragmentGroups.SIZE);
            fragments.put("groups", FragmentGroups.write(docs, files));
            manifest.put("fragments", fragments);
            manifest.put("vocabulary", VocabularyShards.write(vocabulary.docFreq(), files));
            manifest.put("synonyms", new TreeMap<>(synonyms.byStem()));
            manifest.put("synonymsLanguage", SiteSearcher.synonymsLanguage(reader));
            manifest.put("gazette", LookupFiles.gazette(IndexReaderExport.field(reader, SearchIndexBuilder.GAZETTE), docs, files));
            manifest.put("idBuckets", LookupFiles.ids(docs, files));
            Map<String, Object> rows = new LinkedHashMap<>();
            rows.put("shard", RowStarts.write(docs, files));
            rows.put("documentsPerRow", ResultRows.DOCUMENTS_PER_ROW);
            rows.put("answeringKinds", ResultRows.ANSWERING_KINDS);
            manifest.put("rows", rows);
            manifest.put("articleLetters", articleLetters());
            manifest.put("rules", rules());
            LookupFiles.acts(docs, files);
            files.add("manifest", manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the engine weighs when its proof of the top hits stalls, in bytes on the wire as measured on this export:
     * reading the blocking documents' own terms (a mean f/ file) or a list's next tier (its postings at the tails'
     * mean characters each, or the pack it shares when small, at the tails' gzip ratio).
     */
    private static Map<String, Object> costs(TermShards.Written terms, ExportFiles files) {
        long[] records = files.sizes("f"), tails = files.sizes("y");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("recordBytes", records[0] == 0 ? 0 : records[2] / records[0]);
        out.put("tailPostingChars", terms.tailPostingChars());
        out.put("tail", ImpactOrder.TAIL);
        out.put("packChars", Packs.CHARS);
        out.put("tailBytesPerChar", tails[1] == 0 ? 1.0 : Math.round(1000.0 * tails[2] / tails[1]) / 1000.0);
        return out;
    }

    /** Every spelling of an inserted article's letter → the Latin one its id uses ("и" → "i", "zh" → "j"). */
    private static Map<String, String> articleLetters() {
        Map<String, String> out = new TreeMap<>();
        for (ArticleNumber.Letter letter : ArticleNumber.LETTERS) {
            out.put(letter.latin(), letter.latin());
            out.put(letter.bulgarian(), letter.latin());
            letter.aliases().forEach(a -> out.putIfAbsent(a, letter.latin()));
        }
        return out;
    }

    private static Map<String, Object> rules() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("synonymWeight", QueryPlan.SYNONYM_WEIGHT);
        out.put("tieBreaker", SiteSearcher.TIE_BREAKER);
        out.put("questionWords", QueryPlan.QUESTION_WORDS);
        out.put("completionMinLength", Vocabulary.COMPLETION_MIN_LENGTH);
        out.put("maxCompletions", Vocabulary.MAX_COMPLETIONS);
        out.put("fuzzyMinLength", Vocabulary.FUZZY_MIN_LENGTH);
        out.put("twoEditsLength", Vocabulary.TWO_EDITS_LENGTH);
        out.put("maxCorrections", Vocabulary.MAX_CORRECTIONS);
        out.put("words", SearchAnalyzers.WORDS);
        return out;
    }
}
