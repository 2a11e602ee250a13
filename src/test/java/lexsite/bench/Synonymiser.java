package lexsite.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lexsite.concepts.ConceptMatcher;
import lexsite.embed.Embedder;
import lexsite.model.Concept;
import lexsite.model.Library;
import lexsite.model.Synonym;
import lexsite.search.QueryAnalysis;
import lexsite.search.SearchDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Synonyms by meaning: each word of a general vocabulary that the content lacks (by stem; nor in the maintainers'
 * synonyms or concepts) gets the content's words nearest it (cosine of their sentence vectors), in the form
 * {@code content/synonyms.yaml} has, so both engines apply them from the index as they apply the curated ones.
 */
final class Synonymiser {

    private final Analyzer stemmer = ConceptMatcher.analyzer("en");
    private final List<String> readers = new ArrayList<>(); // general words the content lacks
    private final List<String> contentWords = new ArrayList<>(); // one surface form per stem
    private final float[][] readerVectors, contentVectors;

    Synonymiser(List<SearchDocument> documents, Library library, Embedder embedder, List<String> vocabulary) {
        Map<String, String> byStem = new LinkedHashMap<>();
        Set<String> surface = new TreeSet<>();
        StandardAnalyzer words = new StandardAnalyzer();
        for (SearchDocument d : documents) {
            if (!d.language().equals("en")) continue;
            for (String w : QueryAnalysis.terms(words, d.title() + "\n" + d.text())) {
                if (w.length() >= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) surface.add(w);
            }
        }
        for (String w : surface) {
            List<String> s = QueryAnalysis.terms(stemmer, w);
            if (s.size() == 1) byStem.putIfAbsent(s.get(0), w); // the alphabetically first form of each stem
        }
        contentWords.addAll(byStem.values());
        Set<String> known = new HashSet<>(byStem.keySet());
        for (Synonym s : library.synonyms()) known.addAll(QueryAnalysis.terms(stemmer, s.word()));
        for (Concept c : library.concepts()) for (String w : c.words()) known.addAll(QueryAnalysis.terms(stemmer, w));
        for (String w : vocabulary) {
            List<String> s = QueryAnalysis.terms(stemmer, w);
            if (s.size() == 1 && !known.contains(s.get(0))) readers.add(w);
        }
        readerVectors = readers.stream().map(embedder::embed).toArray(float[][]::new);
        contentVectors = contentWords.stream().map(embedder::embed).toArray(float[][]::new);
        System.out.printf("synonyms: %d vocabulary words the content lacks, %d content words (one a stem)%n", readers.size(), contentWords.size());
    }

    /** For each reader's word, at most {@code most} content words with a cosine of at least {@code least}, nearest first. */
    List<Synonym> synonyms(int most, float least) {
        List<Synonym> out = new ArrayList<>();
        for (int i = 0; i < readers.size(); i++) {
            float[] cos = new float[contentVectors.length];
            for (int j = 0; j < cos.length; j++) cos[j] = Embedder.dot(readerVectors[i], contentVectors[j]);
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < cos.length; j++) if (cos[j] >= least) order.add(j);
            order.sort((a, b) -> cos[a] != cos[b] ? Float.compare(cos[b], cos[a]) : Integer.compare(a, b));
            List<String> means = order.stream().limit(most).map(contentWords::get).toList();
            if (means.isEmpty()) continue;
            out.add(new Synonym(readers.get(i), means, "trial", 0));
        }
        return out;
    }
}
