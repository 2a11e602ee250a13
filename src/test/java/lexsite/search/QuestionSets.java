package lexsite.search;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;

/**
 * The question sets of issue 15 (src/test/resources/lexsite/search/questions/): plain questions with the passages
 * that answer them, named by their words rather than by article numbers, so the sets survive renumbering. Each
 * phrase must occur in the act's source text (an independent reference: it is read from content/, not from the
 * model), and stands for every search document whose text holds it. A question whose passage the index lacks
 * altogether counts as a miss.
 */
public final class QuestionSets {

    /** The sets, in the order they are reported. */
    public static final List<String> SETS = System.getProperty("lexsite.questions.sets") == null ? List.of("dev", "held-out", "fresh", "fresh2", "fresh3", "fresh4")
            : List.of(System.getProperty("lexsite.questions.sets").split(","));
    /** Results a question may look at for its reciprocal rank. */
    public static final int DEPTH = 10;
    public static final int TOP = 5;
    /** Per set, the hit@5 and MRR no change may fall below: the figures measured, less about a question's worth. */
    public static final Map<String, double[]> FLOORS = Map.of("dev", new double[] {0.96, 0.80}, "held-out", new double[] {0.85, 0.68}, "fresh", new double[] {0.76, 0.58}, "fresh2", new double[] {0.61, 0.46},
            "fresh3", new double[] {0.45, 0.30}, "fresh4", new double[] {0.37, 0.23});

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(String q, String who, List<String> phrases, List<String> ids) {
        public Question {
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
            ids = ids == null ? List.of() : List.copyOf(ids);
        }
    }

    public record QuestionFile(List<Question> questions) {
    }

    /** A question with the ids of the documents that answer it. */
    public record Resolved(Question question, Set<String> answers) {

        /** The 1-based rank of the first answer in {@code ids}, or 0 when none is there. */
        public int rank(List<String> ids) {
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                if (answers.contains(id) || question.ids().stream().anyMatch(a -> id.startsWith(a + "__") || id.startsWith(a + "#"))) {
                    return i + 1;
                }
            }
            return 0;
        }

        /** As {@link #rank}, but a row of an answering article counts whichever paragraph it shows. */
        public int articleRank(List<String> ids) {
            Set<String> articles = new java.util.HashSet<>();
            answers.forEach(a -> articles.add(ResultRows.group(a)));
            for (int i = 0; i < ids.size(); i++) if (articles.contains(ResultRows.group(ids.get(i)))) return i + 1;
            return 0;
        }
    }

    /** hit@5 and MRR (over the first {@link #DEPTH}) of one set in one engine, with every question that missed. */
    public record Figures(String set, String engine, int questions, int hits, double mrr, int articleHits, List<String> misses) {

        public double hitRate() {
            return (double) hits / questions;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-8s %-22s %3d questions: hit@%d %d/%d = %.1f%%, MRR %.3f "
                    + "(the answering article in the top %d, whichever paragraph shown: %d)", set, engine,
                    questions, TOP, hits, questions, 100 * hitRate(), mrr, TOP, articleHits);
        }
    }

    private QuestionSets() {
    }

    public static List<Question> load(String set) {
        try (InputStream in = QuestionSets.class.getResourceAsStream("questions/" + set + ".yaml")) {
            assertNotNull(in, "question set " + set + " is missing");
            return new ObjectMapper(new YAMLFactory()).readValue(in, QuestionFile.class).questions();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Resolves every question of {@code set} against the documents of {@code directory}. Fails if a phrase is not in
     * the act's source or an id names no document.
     */
    public static List<Resolved> resolve(String set, Directory directory) {
        String source = normalise(actSources());
        try (IndexReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<String[]> documents = new ArrayList<>(); // id, normalised text
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                var d = searcher.storedFields().document(doc);
                String text = d.get(SearchAnalyzers.text(d.get(SearchIndexBuilder.LANGUAGE)));
                documents.add(new String[] {d.get(SearchIndexBuilder.ID), normalise(text == null ? "" : text)});
            }
            List<Resolved> out = new ArrayList<>();
            for (Question q : load(set)) {
                Set<String> answers = new LinkedHashSet<>(q.ids());
                for (String id : q.ids()) {
                    // an id no document bears (a typo, a number the act lacks) would be a miss no search could fix
                    if (documents.stream().noneMatch(d -> d[0].equals(id) || d[0].startsWith(id + "__") || d[0].startsWith(id + "#"))) {
                        throw new IllegalStateException("'" + q.q() + "': no search document is or lies under '" + id + "'");
                    }
                }
                for (String phrase : q.phrases()) {
                    String p = normalise(phrase);
                    if (!source.contains(p)) throw new IllegalStateException("'" + q.q() + "': the act's text has no '" + phrase + "'");
                    for (String[] d : documents) if (d[1].contains(p)) answers.add(d[0]);
                }
                // a question no document answers (the index lacks the passage) stays in the set as a miss
                out.add(new Resolved(q, answers));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs every question through {@code engine} (a query to its first {@link #DEPTH} ids) and counts. */
    public static Figures measure(String set, String engineName, List<Resolved> questions, Function<String, List<String>> engine) {
        return figures(set, engineName, questions, questions.stream().map(r -> engine.apply(r.question().q())).toList());
    }

    /** Counts {@code rankings}, the first ids each engine gave for each question in order. */
    public static Figures figures(String set, String engineName, List<Resolved> questions, List<List<String>> rankings) {
        int hits = 0, articleHits = 0;
        double reciprocal = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Resolved r = questions.get(i);
            List<String> ids = rankings.get(i);
            int rank = r.rank(ids.subList(0, Math.min(DEPTH, ids.size())));
            if (Boolean.getBoolean("lexsite.questions.ranks")) System.out.printf("  rank %s  %s %s%n", rank == 0 ? "-" : rank, r.question().q(), ids.subList(0, Math.min(4, ids.size())));
            int articleRank = r.articleRank(ids.subList(0, Math.min(TOP, ids.size())));
            if (articleRank >= 1) articleHits++;
            if (rank >= 1 && rank <= TOP) hits++;
            else misses.add(String.format("  \"%s\" rank %s; got %s", r.question().q(), rank == 0 ? "-" : rank,
                    ids.subList(0, Math.min(TOP, ids.size()))));
            if (rank > 0) reciprocal += 1.0 / rank;
        }
        return new Figures(set, engineName, questions.size(), hits, reciprocal / questions.size(), articleHits, misses);
    }

    private static String actSources() {
        try (Stream<Path> files = Files.walk(Path.of("content/acts"))) {
            StringBuilder all = new StringBuilder();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) all.append(Files.readString(p)).append('\n');
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
