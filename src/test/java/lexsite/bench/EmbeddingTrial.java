package lexsite.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import lexsite.diagnostics.Diagnostics;
import lexsite.embed.CachedEmbedder;
import lexsite.embed.Embedder;
import lexsite.embed.MiniLmEmbedder;
import lexsite.model.Concept;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.search.QueryPlan;
import lexsite.search.QuestionSets;
import lexsite.search.ResultRows;
import lexsite.search.SearchDocument;
import lexsite.search.SearchIndexBuilder;
import lexsite.search.SearchRequest;
import lexsite.search.SiteSearcher;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;

/**
 * Issue 15, round 2: what a sentence embedding (all-MiniLM-L6-v2, quantized, in-process) adds to search on the
 * question sets, and what it costs. Run by hand, like {@link SearchBenchmark}:
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath lexsite.bench.EmbeddingTrial"
 * </pre>
 * Each search document (title and text) gets a vector in a Lucene {@link KnnFloatVectorField}, cached by the text's
 * SHA-256 under {@code .lexsite/embeddings/}; the time to embed them is measured cold (cache removed) and warm. Then
 * every set is ranked five ways: BM25 as {@code lexsite search} ranks it; the vectors alone (the query embedded by
 * the model); the two fused by reciprocal rank (k = 60 and k = 10), rows as {@link ResultRows} groups them; the same
 * fusion with the query's vector taken as the mean of its words' vectors, which is all a browser without the model
 * could compute; and BM25 over an index whose passages also get the reader's words of the concepts nearest them by
 * meaning ({@link ConceptNeighbours}, cosine at least 0.5 and 0.6).
 */
public final class EmbeddingTrial {

    public static void main(String[] args) throws IOException {
        Path cacheDir = Path.of(".lexsite", "embeddings");
        java.nio.file.Files.deleteIfExists(cacheDir.resolve(MiniLmEmbedder.MODEL + ".bin"));
        ResolvedContent content = new Pipeline(Path.of("content"), Path.of(".")).run(new Diagnostics());
        SearchIndexBuilder builder = new SearchIndexBuilder("en");
        List<SearchDocument> documents = builder.documents(content);

        MiniLmEmbedder model = new MiniLmEmbedder();
        model.embed("warm up"); // loading the model is timed apart
        long t0 = System.nanoTime();
        CachedEmbedder cold = new CachedEmbedder(model, cacheDir, MiniLmEmbedder.MODEL);
        ByteBuffersDirectory vectors = vectors(documents, cold);
        cold.save();
        long coldMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        CachedEmbedder warm = new CachedEmbedder(model, cacheDir, MiniLmEmbedder.MODEL);
        vectors(documents, warm);
        long warmMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        ByteBuffersDirectory bm25 = new ByteBuffersDirectory();
        builder.write(content, "trial", bm25);
        long indexMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "%d documents: embedding cold %d ms (%d computed), warm %d ms (%d computed); "
                + "the Lucene index without vectors %d ms%n", documents.size(), coldMs, cold.computed(), warmMs, warm.computed(), indexMs);

        StandardAnalyzer words = new StandardAnalyzer();
        try (SiteSearcher cli = new SiteSearcher(copy(bm25), SiteSearcher.Marks.BRACKETS);
             DirectoryReader vectorReader = DirectoryReader.open(vectors)) {
            IndexSearcher knn = new IndexSearcher(vectorReader);
            for (String set : QuestionSets.SETS) {
                List<QuestionSets.Resolved> questions = QuestionSets.resolve(set, copy(bm25));
                Map<String, List<List<String>>> byWay = new LinkedHashMap<>();
                for (QuestionSets.Resolved r : questions) {
                    String q = r.question().q();
                    List<String> text = cli.search(SearchRequest.of(q, 50)).ids();
                    List<String> near = rows(knn(knn, warm.embed(q)));
                    List<String> nearByWords = rows(knn(knn, meanOfWords(q, warm, words)));
                    byWay.computeIfAbsent("BM25 (lexsite search)", k -> new ArrayList<>()).add(text);
                    byWay.computeIfAbsent("vectors alone", k -> new ArrayList<>()).add(near);
                    byWay.computeIfAbsent("BM25 + vectors, RRF k=60", k -> new ArrayList<>()).add(fuse(text, near, 60));
                    byWay.computeIfAbsent("BM25 + vectors, RRF k=10", k -> new ArrayList<>()).add(fuse(text, near, 10));
                    byWay.computeIfAbsent("BM25 + mean of word vectors, k=10", k -> new ArrayList<>()).add(fuse(text, nearByWords, 10));
                }
                byWay.forEach((way, rankings) -> System.out.println(QuestionSets.figures(set, way, questions, rankings)));
            }
        }
        for (float threshold : new float[] {0.5f, 0.6f}) {
            Map<List<Concept>, ConceptNeighbours> memo = new HashMap<>();
            ByteBuffersDirectory expanded = new ByteBuffersDirectory();
            Function<List<Concept>, ConceptNeighbours> near = cs -> memo.computeIfAbsent(cs, k -> new ConceptNeighbours(k, warm, threshold, 1));
            builder.write(withNearConcepts(documents, content, near), content.library(), "trial", expanded);
            try (SiteSearcher cli = new SiteSearcher(copy(expanded), SiteSearcher.Marks.BRACKETS)) {
                for (String set : QuestionSets.SETS) {
                    List<QuestionSets.Resolved> questions = QuestionSets.resolve(set, copy(expanded));
                    System.out.println(QuestionSets.measure(set, "BM25, concepts near >= " + threshold, questions,
                            q -> cli.search(SearchRequest.of(q, QuestionSets.DEPTH)).ids()));
                }
            }
        }
        System.exit(0); // ONNX Runtime's threads
    }

    /**
     * The documents with the reader's words of their nearest concept appended to the text: the index builder gives a
     * passage the words of the concepts its text names, so naming the concept's first law phrase brings them in.
     */
    private static List<SearchDocument> withNearConcepts(List<SearchDocument> documents, ResolvedContent content,
                                                         Function<List<Concept>, ConceptNeighbours> near) {
        List<SearchDocument> out = new ArrayList<>();
        ConceptNeighbours neighbours = near.apply(content.library().concepts());
        for (SearchDocument d : documents) {
            StringBuilder extra = new StringBuilder();
            if (d.language().equals("en")) for (Concept c : neighbours.near(d.title() + "\n" + d.text())) extra.append("\n").append(c.law().get(0));
            out.add(new SearchDocument(d.id(), d.kind(), d.act(), d.language(), d.citation(), d.title(), d.text() + extra,
                    d.chapter(), d.gazette(), d.url()));
        }
        return out;
    }

    private static ByteBuffersDirectory vectors(List<SearchDocument> documents, Embedder embedder) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (SearchDocument d : documents) {
                Document doc = new Document();
                doc.add(new StoredField(SearchIndexBuilder.ID, d.id()));
                doc.add(new KnnFloatVectorField("vector", embedder.embed(d.title() + "\n" + d.text()), VectorSimilarityFunction.DOT_PRODUCT));
                w.addDocument(doc);
            }
        }
        return dir;
    }

    private static List<String> knn(IndexSearcher searcher, float[] query) throws IOException {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(new KnnFloatVectorQuery("vector", query, 100), 100).scoreDocs) {
            out.add(searcher.storedFields().document(sd.doc).get(SearchIndexBuilder.ID));
        }
        return out;
    }

    private static float[] meanOfWords(String query, Embedder embedder, StandardAnalyzer words) {
        float[] sum = new float[384];
        for (String w : lexsite.search.QueryAnalysis.terms(words, query)) {
            if (QueryPlan.QUESTION_WORDS.contains(w)) continue;
            float[] v = embedder.embed(w);
            for (int i = 0; i < sum.length; i++) sum[i] += v[i];
        }
        return Embedder.unit(sum);
    }

    /** One row per article, as {@link ResultRows} groups them. */
    private static List<String> rows(List<String> ranked) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String id : ranked) {
            String g = ResultRows.group(id), current = shown.get(g);
            if (current == null || current.equals(g) && !id.equals(g)) shown.put(g, id);
        }
        return new ArrayList<>(shown.values());
    }

    /** Reciprocal rank fusion of two row rankings; a row shows the document its better list shows. */
    private static List<String> fuse(List<String> a, List<String> b, int k) {
        Map<String, Double> score = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (List<String> list : List.of(a, b)) {
            for (int i = 0; i < list.size(); i++) {
                String g = ResultRows.group(list.get(i));
                score.merge(g, 1.0 / (k + i + 1), Double::sum);
                shown.putIfAbsent(g, list.get(i));
            }
        }
        List<String> groups = new ArrayList<>(score.keySet());
        groups.sort((x, y) -> score.get(y).equals(score.get(x)) ? x.compareTo(y) : Double.compare(score.get(y), score.get(x)));
        return groups.stream().limit(QuestionSets.DEPTH).map(shown::get).toList();
    }

    private static ByteBuffersDirectory copy(ByteBuffersDirectory d) throws IOException {
        ByteBuffersDirectory c = new ByteBuffersDirectory();
        for (String f : d.listAll()) c.copyFrom(d, f, f, IOContext.DEFAULT);
        return c;
    }
}
