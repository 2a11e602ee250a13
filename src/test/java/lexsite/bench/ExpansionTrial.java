package lexsite.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lexsite.concepts.ConceptMatcher;
import lexsite.diagnostics.Diagnostics;
import lexsite.embed.CachedEmbedder;
import lexsite.embed.MiniLmEmbedder;
import lexsite.embed.ModelVocabulary;
import lexsite.model.Concept;
import lexsite.model.Library;
import lexsite.model.Synonym;
import lexsite.pipeline.Pipeline;
import lexsite.pipeline.ResolvedContent;
import lexsite.search.QueryAnalysis;
import lexsite.search.QuestionSets;
import lexsite.search.SearchDocument;
import lexsite.search.SearchIndexBuilder;
import lexsite.search.SearchRequest;
import lexsite.search.SiteSearcher;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;

/**
 * Issue 15, round 5: words by meaning, computed at build time and stored in the index, so the CLI and the browser
 * rank alike with no model in the browser. The words come from a general vocabulary that owes nothing to our
 * content or question sets: the whole words of the model's own tokenizer ({@link ModelVocabulary}). Two ways:
 * <ul>
 *   <li>{@code K:LEAST:ALPHA} — each passage gets, as reader's words, the K vocabulary words nearest it
 *       ({@link NearestWords}: cosine at least LEAST, ranked by cosine less ALPHA times the word's hub figure);</li>
 *   <li>{@code syn:K:LEAST} — each vocabulary word the content lacks gets the K content words nearest it, cosine at
 *       least LEAST, as synonyms ({@link Synonymiser}), which the index carries to both engines;</li>
 *   <li>{@code 0:1} — neither: the search as it is.</li>
 * </ul>
 * Options (system properties): {@code lexsite.expansion.maxid} (only tokenizer ids below it: common words),
 * {@code lexsite.expansion.absent} (passage words only from those the content and the concepts lack),
 * {@code lexsite.expansion.csls} (the hub figure: mean cosine of a word's k nearest passages; unset: none),
 * {@code lexsite.expansion.mutual} (a word goes only to its n nearest passages), {@code lexsite.expansion.show}
 * (print the words chosen), {@code lexsite.questions.sets}. Run by hand:
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath -Dlexsite.questions.sets=dev,held-out lexsite.bench.ExpansionTrial 0:1 syn:1:0.7"
 * </pre>
 * Vectors are cached by text under {@code .lexsite/embeddings/}, passages and words in files of their own; every
 * vocabulary word is embedded whatever the options, so the word cache keeps them all and none is computed twice.
 */
public final class ExpansionTrial {

    public static void main(String[] args) throws IOException {
        Path cacheDir = Path.of(".lexsite", "embeddings");
        ResolvedContent content = new Pipeline(Path.of("content"), Path.of(".")).run(new Diagnostics());
        List<SearchDocument> documents = new SearchIndexBuilder("en").documents(content);
        MiniLmEmbedder model = new MiniLmEmbedder();
        Analyzer stemmer = ConceptMatcher.analyzer("en");

        long t0 = System.nanoTime();
        CachedEmbedder wordVectors = new CachedEmbedder(model, cacheDir, MiniLmEmbedder.MODEL + "-words");
        List<String> all = ModelVocabulary.words();
        all.forEach(wordVectors::embed);
        NearestWords vocabulary = new NearestWords(ModelVocabulary.words(Integer.getInteger("lexsite.expansion.maxid", Integer.MAX_VALUE)), wordVectors, stemmer);
        long wordsMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        CachedEmbedder passageVectors = new CachedEmbedder(model, cacheDir, MiniLmEmbedder.MODEL);
        List<float[]> vectors = documents.stream().map(d -> passageVectors.embed(passage(d))).toList();
        long passagesMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "%d words (%d computed) in %d ms; %d passages (%d computed) in %d ms%n",
                all.size(), wordVectors.computed(), wordsMs, documents.size(), passageVectors.computed(), passagesMs);
        Synonymiser synonymiser = new Synonymiser(documents, content.library(), wordVectors, vocabulary.words());
        wordVectors.save();
        passageVectors.save();

        if (Boolean.getBoolean("lexsite.expansion.absent")) {
            Set<String> has = new HashSet<>();
            for (SearchDocument d : documents) has.addAll(QueryAnalysis.terms(stemmer, passage(d)));
            for (Concept c : content.library().concepts()) has.addAll(QueryAnalysis.terms(stemmer, String.join(" ", c.words())));
            vocabulary.without(has);
        }
        int csls = Integer.getInteger("lexsite.expansion.csls", -1);
        if (csls >= 0) vocabulary.calibrate(vectors, csls, Integer.getInteger("lexsite.expansion.mutual", 0));
        boolean show = Boolean.getBoolean("lexsite.expansion.show");
        Library library = content.library();

        for (String arg : args.length == 0 ? new String[] {"0:1", "syn:1:0.7"} : args) {
            String[] p = arg.split(":");
            if (p[0].equals("syn")) {
                List<Synonym> synonyms = new ArrayList<>(library.synonyms());
                List<Synonym> near = synonymiser.synonyms(Integer.parseInt(p[1]), Float.parseFloat(p[2]));
                if (show) near.forEach(s -> System.out.println("  " + s.word() + " -> " + s.means()));
                synonyms.addAll(near);
                measure(arg + " (" + near.size() + " words)", documents, new Library(library.programmes(), library.guides(),
                        library.topics(), library.glossary(), synonyms, library.concepts()));
                continue;
            }
            int most = Integer.parseInt(p[0]);
            float least = Float.parseFloat(p[1]), alpha = p.length > 2 ? Float.parseFloat(p[2]) : 1f;
            // each passage's words ride on a concept of its own whose law phrase is the passage's text, so the
            // index builder gives them to the passage (and to any passage holding the same text) as reader's words
            List<Concept> concepts = new ArrayList<>(library.concepts());
            for (int i = 0; most > 0 && i < documents.size(); i++) {
                SearchDocument d = documents.get(i);
                if (!d.language().equals("en")) continue;
                List<String> near = vocabulary.near(i, vectors.get(i), passage(d), most, least, alpha);
                if (show) System.out.println("  " + d.id() + ": " + near);
                if (!near.isEmpty()) concepts.add(new Concept("near:" + d.id(), near, List.of(d.text()), "trial", 0));
            }
            measure(arg, documents, new Library(library.programmes(), library.guides(), library.topics(), library.glossary(),
                    library.synonyms(), concepts));
        }
        System.exit(0); // ONNX Runtime's threads
    }

    private static void measure(String label, List<SearchDocument> documents, Library library) throws IOException {
        ByteBuffersDirectory index = new ByteBuffersDirectory();
        new SearchIndexBuilder("en").write(documents, library, "trial", index);
        try (SiteSearcher cli = new SiteSearcher(copy(index), SiteSearcher.Marks.BRACKETS)) {
            for (String set : QuestionSets.SETS) {
                List<QuestionSets.Resolved> questions = QuestionSets.resolve(set, copy(index));
                System.out.println(QuestionSets.measure(set, label, questions, q -> cli.search(SearchRequest.of(q, QuestionSets.DEPTH)).ids()));
            }
        }
    }

    private static String passage(SearchDocument d) {
        return d.title() + "\n" + d.text();
    }

    private static ByteBuffersDirectory copy(ByteBuffersDirectory d) throws IOException {
        ByteBuffersDirectory c = new ByteBuffersDirectory();
        for (String f : d.listAll()) c.copyFrom(d, f, f, IOContext.DEFAULT);
        return c;
    }
}
