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
import lexsite.model.NumberOrigin;
import lexsite.model.ProvisionKind;
import lexsite.parse.ParsedAct;

/**
 * Stage 3 of the pipeline: numbers the articles, attaches second wordings, and resolves every citation,
 * reporting what it could not settle.
 */
public final class ActResolver {

    /** The resolved act with its citations, how it was numbered, and what each gazette issue changed. */
    public record Result(Act act, List<ResolvedCitation> citations, NumberingReport numbering, GazetteIndex gazette) {
    }

    private final String textFile;
    private final String pinsFile;
    private final PinsFile pins;
    private final Diagnostics diagnostics;

    public ActResolver(String textFile, PinsFile pins, String pinsFile, Diagnostics diagnostics) {
        this.textFile = textFile;
        this.pins = pins;
        this.pinsFile = pinsFile;
        this.diagnostics = diagnostics;
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
        List<ArticleNumbering.Reference> references = references(all, pieces.pieces);
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

        ArticleNumbering.Result withPins = infer(pieces, fixed, references);
        ArticleNumbering.Result withoutPins = infer(pieces, fromSource, references);
        reportPins(pieces.pieces, pinAt, withPins, withoutPins);

        Map<Article, List<Article>> numbered = number(chain, pieces, withPins, fromSource, pinAt);
        for (Map.Entry<Integer, Integer> e : secondWordingOf.entrySet()) {
            List<Article> group = numbered.get(body.get(e.getValue()));
            Article current = group.get(group.size() - 1);
            List<Article> alternatives = new ArrayList<>(current.alternatives());
            alternatives.add(body.get(e.getKey()));
            group.set(group.size() - 1, current.withAlternatives(alternatives).numbered(current.number(), current.origin()));
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
        int unpinnedResolved = countResolvedUnder(parsed, number(chain, pieces, withoutPins, fromSource, Map.of()), manifest, version);
        int articles = act.articles().size();
        NumberingReport report = new NumberingReport(fromSource.size(), articles - fromSource.size() - pinAt.size(),
                pinAt.size(), pins.count(), withPins.gaps(), differing(withPins, withoutPins), unpinnedResolved,
                (int) citations.stream().filter(c -> !c.citation().isExternal() && !c.citation().isRelative()).count());
        for (ArticleNumbering.Gap gap : withPins.gaps()) {
            diagnostics.info(textFile, lineOf(act, gap.before()), "article-missing", gap.missing() == 1
                    ? "one article number between " + label(gap.after()) + " and " + gap.before() + " has no text in the source"
                    : gap.missing() + " article numbers between " + label(gap.after()) + " and " + gap.before() + " have no text in the source");
        }
        return new Result(act, citations, report, gazette);
    }

    private static String label(ArticleNumber n) {
        return n == null ? "the start" : n.latin();
    }

    private static int lineOf(Act act, ArticleNumber n) {
        return act.article(n).map(Article::line).orElse(0);
    }

    /** Second wordings named by pins, each mapped to the earlier article it repeats. */
    private Map<Integer, Integer> secondWordings(List<Article> body) {
        List<DuplicateDetector.Pair> pairs = DuplicateDetector.find(body);
        Map<Integer, Integer> out = new HashMap<>();
        for (PinsFile.SecondWording pin : pins.secondWordings()) {
            int at = uniqueMatch(body, pin.starts(), pin.line(), "second wording");
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
            int at = uniqueMatch(chain, pin.starts(), pin.line(), "pin " + pin.number());
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
    private ArticleNumbering.Result infer(ArticlePieces pieces, Map<Integer, ArticleNumbering.Fixed> fixed,
                                          List<ArticleNumbering.Reference> references) {
        try {
            return ArticleNumbering.infer(pieces.pieces, pieces.mayContinue, fixed, references);
        } catch (ArticleNumbering.NoNumberFits e) {
            throw new lexsite.load.ContentError(textFile, e.line(), "no article number fits here between the numbers"
                    + " the source and the pins fix around it: check the pins and the source's own numbers");
        }
    }

    private int uniqueMatch(List<Article> articles, String starts, int pinLine, String what) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) if (articles.get(i).firstText().startsWith(starts)) hits.add(i);
        if (hits.size() == 1) return hits.get(0);
        diagnostics.error(pinsFile, pinLine, "pin-unmatched", what + " '" + abbreviate(starts) + "' matches "
                + (hits.isEmpty() ? "no article" : hits.size() + " articles") + ": pins must name one article by its first words");
        return -1;
    }

    /** A pin either agrees with what the text says, or overrides it: both are worth knowing. */
    private void reportPins(List<Article> chain, Map<Integer, PinsFile.ArticlePin> pinAt,
                            ArticleNumbering.Result withPins, ArticleNumbering.Result withoutPins) {
        pinAt.forEach((i, pin) -> {
            ArticleNumber inferred = withoutPins.numbers().get(i);
            ArticleNumber pinned = withPins.numbers().get(i);
            String message = pinned.equals(inferred)
                    ? "pin " + pinned + " agrees with the inference"
                    : "pin " + pinned + " overrides the inferred " + inferred + " (" + pin.why() + ")";
            diagnostics.info(textFile, chain.get(i).line(), pinned.equals(inferred) ? "pin-agrees" : "pin-overrides", message);
        });
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
    private static Map<Article, List<Article>> number(List<Article> chain, ArticlePieces pieces, ArticleNumbering.Result result,
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
            Article owner = chain.get(pieces.owner.get(piece));
            out.computeIfAbsent(owner, o -> new ArrayList<>()).add(joined.get(k).numbered(joinedNumbers.get(k), origin));
        }
        return out;
    }

    private static int differing(ArticleNumbering.Result a, ArticleNumbering.Result b) {
        int n = 0;
        for (int i = 0; i < a.numbers().size(); i++) if (!a.numbers().get(i).equals(b.numbers().get(i))) n++;
        return n;
    }

    private int countResolvedUnder(ParsedAct parsed, Map<Article, List<Article>> numbered, ActManifest manifest,
                                   ActVersion version) {
        List<Division> divisions = parsed.body().stream().map(d -> renumber(d, numbered)).toList();
        Act act = new Act(manifest, version, parsed.frontMatter(), divisions, parsed.closing(), parsed.backMatter());
        return (int) new CitationResolver(act).resolveAll().stream()
                .filter(c -> c.resolved() && !c.citation().isRelative()).count();
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

    private static List<ArticleNumbering.Reference> references(List<Article> all, List<Article> chain) {
        Map<Article, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < chain.size(); i++) position.put(chain.get(i), i);
        List<ArticleNumbering.Reference> out = new ArrayList<>();
        for (Article a : all) {
            int citing = position.getOrDefault(a, -1);
            for (LocatedLine l : a.lines()) {
                for (Citation c : CitationExtractor.extract(l.line().text())) out.add(new ArticleNumbering.Reference(c, citing));
            }
        }
        return out;
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
