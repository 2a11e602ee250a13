package lexsite.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.PinsFile;
import lexsite.model.Act;
import lexsite.model.ActManifest;
import lexsite.model.ActVersion;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.Division;
import lexsite.model.LocatedLine;
import lexsite.model.NumberCertainty;
import lexsite.model.NumberEvidence;
import lexsite.model.NumberOrigin;
import lexsite.model.ProvisionKind;
import lexsite.parse.ParsedAct;
import lexsite.resolve.numbering.ArticleNumbering;
import lexsite.resolve.numbering.CitationContext;
import lexsite.resolve.numbering.NumberCertainties;
import lexsite.resolve.numbering.Reference;

/**
 * Stage 3 of the pipeline: numbers the articles, attaches second wordings, and resolves every citation,
 * reporting what it could not settle.
 */
public final class ActResolver {

    /**
     * The resolved act with its citations, how it was numbered, and what each gazette issue changed.
     *
     * @param inferred the numbers the alignment gave each piece of the article chain (a translation carries its source's),
     *                 kept so that {@code serve} can preview an edit without aligning again
     */
    public record Result(Act act, List<ResolvedCitation> citations, NumberingReport numbering, GazetteIndex gazette,
                         ArticleNumbering.Result inferred) implements java.io.Serializable {
    }

    private final String textFile;
    private final String pinsFile;
    private final PinsFile pins;
    private final Diagnostics diagnostics;
    private final ArticleNumbering.Result earlier;

    public ActResolver(String textFile, PinsFile pins, String pinsFile, Diagnostics diagnostics) {
        this(textFile, pins, pinsFile, diagnostics, null);
    }

    /**
     * A resolver for {@code serve}'s quick preview of an edit: where the edited text still has as many article pieces as
     * the text {@code earlier} numbered, and its fixed numbers agree with it, the articles keep {@code earlier}'s numbers
     * instead of being aligned again (the alignment is most of a resolve). The full build that follows every preview
     * aligns afresh and replaces it.
     */
    public ActResolver(String textFile, PinsFile pins, String pinsFile, Diagnostics diagnostics, ArticleNumbering.Result earlier) {
        this.textFile = textFile;
        this.pins = pins;
        this.pinsFile = pinsFile;
        this.diagnostics = diagnostics;
        this.earlier = earlier;
    }

    public Result resolve(ActManifest manifest, ActVersion version, ParsedAct parsed) {
        List<Article> all = new ArrayList<>();
        for (Division d : parsed.body()) all.addAll(d.allArticles());
        List<Article> body = all.stream().filter(a -> a.kind() == ProvisionKind.ARTICLE).toList();

        Map<Integer, Integer> secondWordingOf = secondWordings(body);
        List<Integer> chainIndex = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) if (!secondWordingOf.containsKey(i)) chainIndex.add(i);
        List<Article> chain = chainIndex.stream().map(body::get).toList();

        ArticlePieces pieces = new ArticlePieces(chain);
        List<Reference> references = references(all, chain, pieces.pieces);
        Map<Integer, ArticleNumbering.Fixed> stated = new HashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            Article a = chain.get(i);
            if (a.number() != null) stated.put(pieces.firstPieceOf.get(i), new ArticleNumbering.Fixed(a.number(), false));
        }
        Map<Integer, PinsFile.ArticlePin> matched = new HashMap<>();
        articlePins(chain).forEach((i, pin) -> matched.put(pieces.firstPieceOf.get(i), pin));
        FixedPoints.Held held = new FixedPoints(pieces.pieces, textFile, pinsFile, diagnostics).check(stated, matched);
        Map<Integer, ArticleNumbering.Fixed> fromSource = held.fromSource();
        Map<Integer, PinsFile.ArticlePin> pinAt = held.pins();
        Map<Integer, ArticleNumbering.Fixed> fixed = new HashMap<>(fromSource);
        pinAt.forEach((i, pin) -> fixed.put(i, new ArticleNumbering.Fixed(held.pinned().get(i), pin.outOfSequence())));

        ArticleNumbering.Result numbering = fits(earlier, pieces, fixed) ? earlier
                : infer(pieces, openersOfOriginalDivisions(parsed.body()), fixed, references);
        Map<Article, List<Article>> numbered = number(chain, pieces, numbering, fromSource, pinAt);
        for (Map.Entry<Integer, Integer> e : secondWordingOf.entrySet()) {
            List<Article> group = numbered.get(body.get(e.getValue()));
            Article current = group.get(group.size() - 1);
            List<Article> alternatives = new ArrayList<>(current.alternatives());
            alternatives.add(body.get(e.getKey()));
            group.set(group.size() - 1, current.withAlternatives(alternatives)
                    .numbered(current.number(), current.origin(), current.certainty()));
        }
        // in source order, so the later of two articles is the one reported, whatever the map's order
        reportDuplicateNumbers(numbered.values().stream().flatMap(List::stream)
                .sorted(java.util.Comparator.comparingInt(Article::line)).toList());
        List<Division> divisions = parsed.body().stream().map(d -> renumber(d, numbered)).toList();
        Act act = new Act(manifest, version, parsed.frontMatter(), divisions, parsed.closing(), parsed.backMatter());

        CitationResolver citationResolver = new CitationResolver(act);
        List<ResolvedCitation> citations = citationResolver.resolveAll();
        for (ResolvedCitation c : citations) {
            if (!c.resolved() && !c.citation().isExternal()) {
                diagnostics.warning(textFile, c.line(), "citation-unresolved", "'" + c.text() + "' " + c.problem());
            }
        }
        reportMissingLists(act);
        GazetteIndex gazette = GazetteIndex.of(act);
        GazetteChecker.check(act, gazette, textFile, diagnostics);
        List<WeakStretch> weak = WeakStretch.of(pieces.pieces, pieces.mayContinue, numbering);
        for (WeakStretch w : weak) diagnostics.warning(textFile, w.firstLine(), "number-weak", w.message());
        NumberingReport report = new NumberingReport(fromSource.size(), act.articles().size() - fromSource.size() - pinAt.size(),
                pinAt.size(), pins.count(), numbering.gaps(), weak);
        for (ArticleNumbering.Gap gap : numbering.gaps()) {
            diagnostics.info(textFile, lineOf(act, gap.before()), "article-missing", gap.missing() == 1
                    ? "one article number between " + label(gap.after()) + " and " + gap.before() + " has no text in the source"
                    : gap.missing() + " article numbers between " + label(gap.after()) + " and " + gap.before() + " have no text in the source");
        }
        return new Result(act, citations, report, gazette, numbering);
    }

    /** Whether {@code numbering} numbers exactly these pieces: one number each, and the fixed ones as they are fixed. */
    private static boolean fits(ArticleNumbering.Result numbering, ArticlePieces pieces, Map<Integer, ArticleNumbering.Fixed> fixed) {
        if (numbering == null || numbering.numbers().size() != pieces.pieces.size()) return false;
        return fixed.entrySet().stream().allMatch(f -> f.getValue().number().equals(numbering.numbers().get(f.getKey())));
    }

    private static String label(ArticleNumber n) {
        return n == null ? "the start" : n.latin();
    }

    private static int lineOf(Act act, ArticleNumber n) {
        return act.article(n).map(Article::line).orElse(0);
    }

    /** The first article of each chapter or section whose heading survived and whose note does not say it is new. */
    private static java.util.Set<Article> openersOfOriginalDivisions(List<Division> divisions) {
        java.util.Set<Article> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Division d : divisions) {
            List<Article> all = d.allArticles();
            if (!d.titleLost() && !d.provenance().startsAsNew() && !all.isEmpty()) out.add(all.get(0));
            out.addAll(openersOfOriginalDivisions(d.children()));
        }
        return out;
    }

    /** Second wordings named by pins, each mapped to the earlier article it repeats. */
    private Map<Integer, Integer> secondWordings(List<Article> body) {
        List<DuplicateDetector.Pair> pairs = DuplicateDetector.find(body);
        Map<Integer, Integer> out = new HashMap<>();
        for (PinsFile.SecondWording pin : pins.secondWordings()) {
            int at = uniqueMatch(body, List.of(pin.starts()), pin.line(), "second wording");
            if (at < 0) continue;
            Optional<DuplicateDetector.Pair> pair = pairs.stream().filter(p -> p.later() == at)
                    .max(java.util.Comparator.comparingDouble(DuplicateDetector.Pair::similarity));
            if (pair.isEmpty()) {
                diagnostics.error(pinsFile, pin.line(), "pin-conflict", "second wording '" + abbreviate(pin.starts())
                        + "' does not repeat any article shortly before it");
                continue;
            }
            out.put(at, pair.get().earlier());
            diagnostics.info(textFile, body.get(at).line(), "second-wording", String.format(java.util.Locale.ROOT,
                    "pinned as a second wording of the article at line %d (%.0f%% shared): %s",
                    body.get(pair.get().earlier()).line(), pair.get().similarity() * 100, pin.why()));
        }
        for (DuplicateDetector.Pair p : pairs) {
            if (out.containsKey(p.later())) continue;
            diagnostics.warning(textFile, body.get(p.later()).line(), "duplicate-suspected", String.format(java.util.Locale.ROOT,
                    "article repeats the article at line %d in other words (%.0f%% shared); pin it as a second wording or tell them apart",
                    body.get(p.earlier()).line(), p.similarity() * 100));
        }
        return out;
    }

    private Map<Integer, PinsFile.ArticlePin> articlePins(List<Article> chain) {
        Map<Integer, PinsFile.ArticlePin> out = new HashMap<>();
        Map<String, PinsFile.ArticlePin> byNumber = new HashMap<>();
        for (PinsFile.ArticlePin pin : pins.articles()) {
            PinsFile.ArticlePin same = byNumber.putIfAbsent(pin.number(), pin);
            if (same != null) { // the later pin is left out, so the numbering still runs and finds any other conflict
                diagnostics.error(pinsFile, pin.line(), "pin-conflict", "pin " + pin.number() + " gives the number that the pin at line "
                        + same.line() + " already gives: '" + abbreviate(same.starts()) + "'");
                continue;
            }
            int at = uniqueMatch(chain, pin.allStarts(), pin.line(), "pin " + pin.number());
            if (at < 0) continue;
            PinsFile.ArticlePin other = out.putIfAbsent(at, pin);
            if (other != null) {
                diagnostics.error(pinsFile, pin.line(), "pin-conflict", "pin " + pin.number() + " names the article at line "
                        + chain.get(at).line() + ", which the pin at line " + other.line() + " already numbers " + other.number());
            }
        }
        return out;
    }

    /** FixedPoints leaves only numbers that can hold together; should none still fit, the build stops naming where. */
    private ArticleNumbering.Result infer(ArticlePieces pieces, java.util.Set<Article> openers,
                                          Map<Integer, ArticleNumbering.Fixed> fixed, List<Reference> references) {
        try {
            return ArticleNumbering.infer(pieces.pieces, pieces.mayContinue, pieces.opensDivision(openers), fixed, references);
        } catch (ArticleNumbering.NoNumberFits e) {
            throw new lexsite.load.ContentError(textFile, e.line(), "no article number fits here between the numbers"
                    + " the source and the pins fix around it: check the pins and the source's own numbers");
        }
    }

    /** The one article whose text starts with one of {@code starts}; -1, reported, where none or several do. */
    private int uniqueMatch(List<Article> articles, List<String> starts, int pinLine, String what) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            String first = articles.get(i).firstText();
            if (starts.stream().anyMatch(first::startsWith)) hits.add(i);
        }
        if (hits.size() == 1) return hits.get(0);
        diagnostics.error(pinsFile, pinLine, "pin-unmatched", what + " '" + abbreviate(starts.get(0)) + "' matches "
                + (hits.isEmpty() ? "no article" : hits.size() + " articles") + ": pins must name one article by its first words");
        return -1;
    }

    private void reportDuplicateNumbers(List<Article> articles) {
        Map<ArticleNumber, Article> seen = new HashMap<>();
        for (Article a : articles) {
            Article before = seen.put(a.number(), a);
            if (before != null) {
                diagnostics.error(textFile, a.line(), "number-conflict", "article number " + a.number()
                        + " is also given to the article at line " + before.line());
            }
        }
    }

    /** Joins the pieces as numbered and gives each article its number, keyed by the article it came from. */
    private Map<Article, List<Article>> number(List<Article> chain, ArticlePieces pieces, ArticleNumbering.Result result,
                                               Map<Integer, ArticleNumbering.Fixed> fromSource,
                                               Map<Integer, PinsFile.ArticlePin> pinAt) {
        List<ArticleNumber> joinedNumbers = new ArrayList<>();
        List<Integer> firstPieces = new ArrayList<>();
        List<Article> joined = pieces.join(chain, result.numbers(), joinedNumbers, firstPieces);
        Map<Article, List<Article>> out = new IdentityHashMap<>();
        for (int k = 0; k < joined.size(); k++) {
            int piece = firstPieces.get(k);
            NumberOrigin origin = fromSource.containsKey(piece) ? NumberOrigin.SOURCE
                    : pinAt.containsKey(piece) ? NumberOrigin.PINNED : NumberOrigin.INFERRED;
            NumberCertainty sure = switch (origin) {
                case SOURCE -> NumberCertainty.of(NumberCertainty.Level.SOURCE);
                case PINNED -> pinned(pinAt.get(piece));
                default -> NumberCertainties.of(result.assurance().get(piece));
            };
            Article owner = chain.get(pieces.owner.get(piece));
            out.computeIfAbsent(owner, o -> new ArrayList<>()).add(joined.get(k).numbered(joinedNumbers.get(k), origin, sure));
        }
        return out;
    }

    private NumberCertainty pinned(PinsFile.ArticlePin pin) {
        String source = pin.source() != null ? pin.source() : "no source named: " + pin.why();
        return new NumberCertainty(NumberCertainty.Level.PINNED, null, null,
                List.of(new NumberEvidence(NumberEvidence.Kind.PIN, pin.line(), source)));
    }

    private void reportMissingLists(Act act) {
        for (Article a : act.provisions()) {
            for (LocatedLine l : a.lines()) {
                if (l.line().listMissingAfter()) {
                    diagnostics.warning(textFile, l.line().line(), "list-missing", a.label()
                            + ": the source announces a list here but gives none of its items");
                }
            }
        }
    }

    /** Every reference the text makes, each with the piece whose line it stands on (-1 outside the numbered articles). */
    private static List<Reference> references(List<Article> all, List<Article> chain, List<Article> pieces) {
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) addReferences(pieces.get(i), i, out);
        java.util.Set<Article> numbered = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        numbered.addAll(chain);
        for (Article a : all) if (!numbered.contains(a)) addReferences(a, -1, out);
        return out;
    }

    private static void addReferences(Article article, int citing, List<Reference> out) {
        for (LocatedLine l : article.lines()) {
            List<Citation> inLine = CitationExtractor.extract(l.line().text());
            String blanked = CitationContext.blanked(l.line().text(), inLine);
            for (Citation c : inLine) out.add(new Reference(c, citing, l.line().line(), CitationContext.of(blanked, c)));
        }
    }

    private static Division renumber(Division d, Map<Article, List<Article>> numbered) {
        List<Article> articles = new ArrayList<>();
        for (Article a : d.articles()) {
            List<Article> n = numbered.get(a);
            if (n != null) articles.addAll(n);
            else if (a.kind() == ProvisionKind.SUPPLEMENTARY) articles.add(a);
            // an article missing here is a second wording: it now lives inside the article it repeats
        }
        return new Division(d.id(), d.kind(), d.number(), d.title(), d.provenance(), d.line(), articles,
                d.children().stream().map(c -> renumber(c, numbered)).toList());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
