package lexsite.parse;

import java.util.ArrayList;
import java.util.List;
import lexsite.diagnostics.Diagnostics;
import lexsite.load.SourceText;
import lexsite.model.Article;
import lexsite.model.ArticleNumber;
import lexsite.model.Division;
import lexsite.model.DivisionKind;
import lexsite.model.Item;
import lexsite.model.NumberOrigin;
import lexsite.model.Paragraph;
import lexsite.model.Provenance;
import lexsite.model.Status;
import lexsite.model.TextLine;
import lexsite.parse.LineShape.Kind;

/**
 * Reads an act's text into divisions, articles, paragraphs and items, keeping every word.
 *
 * <p>One parser serves both kinds of input: well-marked translations ("Art. 8a. (new – SG 29/07) (1) …",
 * "Chapter Two", "§ 1.") and copies that lost their article headings. In the latter an article is recognised
 * by what survives: a note standing on its own line, or a paragraph "(1)" after the previous article's
 * paragraphs. Where nothing survives, a maintainer's {@link ParseHints} marks the boundary.
 */
public final class ActTextParser {

    private final SourceText source;
    private final ParseHints hints;
    private final Diagnostics diagnostics;

    private final List<TextLine> frontMatter = new ArrayList<>();
    private final List<TextLine> closing = new ArrayList<>();
    private final List<TextLine> backMatter = new ArrayList<>();
    private final List<DivisionDraft> topLevel = new ArrayList<>();
    private final List<DivisionDraft> open = new ArrayList<>(); // the current division path, outermost first
    private ArticleDraft article;
    /** A heading, bare "(3)" or bare "2." line waiting for the note that usually follows it. */
    private Object awaitingNote;
    private boolean inBody;
    private boolean afterClosing;

    private ActTextParser(SourceText source, ParseHints hints, Diagnostics diagnostics) {
        this.source = source;
        this.hints = hints;
        this.diagnostics = diagnostics;
    }

    public static ParsedAct parse(SourceText source, ParseHints hints, Diagnostics diagnostics) {
        ActTextParser parser = new ActTextParser(source, hints, diagnostics);
        for (int n = 1; n <= source.size(); n++) parser.accept(n, source.line(n));
        return parser.finish();
    }

    private void accept(int line, String raw) {
        LineShape shape = LineShape.of(raw);
        if (shape.kind() == Kind.BLANK) return;
        if (afterClosing) {
            backMatter.add(new TextLine(line, raw.strip()));
            return;
        }
        if (!inBody) {
            if (!opensBody(shape, raw)) {
                frontMatter.add(new TextLine(line, raw.strip()));
                return;
            }
            inBody = true;
        }
        handle(line, shape);
    }

    private boolean opensBody(LineShape shape, String raw) {
        return switch (shape.kind()) {
            case NOTE, ARTICLE, PARAGRAPH, SECTION_SIGN, SUPPLEMENTARY_HEADING, PART -> true;
            case CHAPTER, SECTION -> shape.number() != null;
            default -> hints.startsArticle(raw.strip());
        };
    }

    private void handle(int line, LineShape shape) {
        switch (shape.kind()) {
            case NOTE -> onNote(line, shape.rest());
            case ARTICLE -> {
                startArticle(line, Provenance.NONE, false);
                article.explicitNumber = ArticleNumber.parse(shape.number()).orElse(null);
                if (article.explicitNumber == null) {
                    diagnostics.error(source.file(), line, "article-number", "cannot read article number '" + shape.number() + "'");
                }
                awaitingNote = article;
                handleRest(line, shape.rest());
            }
            case SECTION_SIGN -> {
                ensureSupplementaryDivision(line);
                startArticle(line, Provenance.NONE, true);
                article.sectionSign = shape.number();
                awaitingNote = article;
                handleRest(line, shape.rest());
            }
            case PARAGRAPH -> onParagraph(line, shape);
            case ITEM -> onItem(line, shape, false);
            case LETTER -> onItem(line, shape, true);
            case PART -> openDivision(line, DivisionKind.PART, shape.number(), shape.rest());
            case CHAPTER -> onChapterHeading(line, shape);
            case SECTION -> openDivision(line, DivisionKind.SECTION, shape.number(), shape.rest());
            case SUPPLEMENTARY_HEADING -> openDivision(line, DivisionKind.SUPPLEMENTARY, null, shape.rest());
            case CLOSING -> {
                closeArticle();
                closing.add(new TextLine(line, shape.rest()));
                afterClosing = true;
            }
            case TEXT -> onText(line, shape.rest());
            case BLANK -> { }
        }
    }

    /** The rest of a marker line: an optional note, then text or a further marker ("(1) …" after "Art. 8a."). */
    private void handleRest(int line, String rest) {
        int noteLength = AmendmentNoteParser.noteLength(rest);
        if (noteLength > 0) {
            assignNote(line, rest.substring(0, noteLength));
            rest = rest.substring(noteLength).strip();
        }
        if (rest.isEmpty()) return;
        LineShape inner = LineShape.of(rest);
        if (inner.kind() == Kind.PARAGRAPH || inner.kind() == Kind.ITEM) {
            awaitingNote = null;
            handle(line, inner);
        } else {
            awaitingNote = null;
            appendText(line, rest);
        }
    }

    private void onNote(int line, String note) {
        if (awaitingNote instanceof DivisionDraft division && belongsToHeading(line, note)) {
            division.provenance = readNote(line, note);
            awaitingNote = null;
            return;
        }
        if (awaitingNote != null && !(awaitingNote instanceof DivisionDraft)) {
            assignNote(line, note);
            return;
        }
        awaitingNote = null;
        Provenance provenance = readNote(line, note);
        if (isTitleNote(provenance)) {
            // The heading itself was lost; its note survived. Keep the division, say its title is missing.
            openDivision(line, DivisionKind.CHAPTER, null, null).provenance = provenance;
            awaitingNote = null;
            return;
        }
        startArticle(line, provenance, inSupplementary());
    }

    /** A note after a heading is the heading's when it amends a title, or when the article's own note follows. */
    private boolean belongsToHeading(int line, String note) {
        if (note.toLowerCase(java.util.Locale.ROOT).contains("title")) return true;
        for (int next = line + 1; next <= source.size(); next++) {
            LineShape shape = LineShape.of(source.line(next));
            if (shape.kind() != Kind.BLANK) return shape.kind() == Kind.NOTE;
        }
        return false;
    }

    private static boolean isTitleNote(Provenance provenance) {
        return !provenance.amendments().isEmpty()
                && provenance.amendments().get(0).kind() == lexsite.model.AmendmentKind.TITLE_AMENDED;
    }

    private void assignNote(int line, String note) {
        Provenance provenance = readNote(line, note);
        if (awaitingNote instanceof ParagraphDraft p) p.provenance = provenance;
        else if (awaitingNote instanceof ItemDraft i) i.provenance = provenance;
        else if (awaitingNote instanceof ArticleDraft a) a.provenance = provenance;
        else if (awaitingNote instanceof DivisionDraft d) d.provenance = provenance;
        awaitingNote = null;
    }

    private Provenance readNote(int line, String note) {
        AmendmentNoteParser.Result result = AmendmentNoteParser.parse(note, line);
        for (AmendmentNoteParser.Unreadable u : result.unreadable()) {
            diagnostics.error(source.file(), line, "note-unparsed",
                    "cannot read amendment note entry '" + u.entry() + "': " + u.reason());
        }
        return result.provenance();
    }

    private void onParagraph(int line, LineShape shape) {
        if (article == null || article.startsNewArticleAt(shape.number())) {
            startArticle(line, Provenance.NONE, inSupplementary());
        }
        ParagraphDraft paragraph = new ParagraphDraft(shape.number(), line);
        article.paragraphs.add(paragraph);
        awaitingNote = paragraph;
        handleRest(line, shape.rest());
    }

    private void onItem(int line, LineShape shape, boolean letter) {
        ParagraphDraft paragraph = currentParagraph(line);
        ItemDraft item = new ItemDraft(shape.number(), line);
        ItemDraft parent = paragraph.items.isEmpty() ? null : paragraph.items.get(paragraph.items.size() - 1);
        if (letter && parent != null) parent.subItems.add(item);
        else paragraph.items.add(item);
        awaitingNote = item;
        handleRest(line, shape.rest());
    }

    private void onText(int line, String text) {
        awaitingNote = null;
        if (hints.startsSupplementary(text) && !inSupplementary()) {
            openDivision(line, DivisionKind.SUPPLEMENTARY, null, null);
        }
        // Where the § markers were lost, each line of the supplementary provisions is a provision of its own.
        boolean lossySupplementary = inSupplementary() && article != null && article.sectionSign == null;
        // a pin names an article by its first words: a boundary only where the article before has text of its own
        if (article == null || (article.hasContent() && ((hints.startsArticle(text) && article.hasText()) || lossySupplementary))) {
            startArticle(line, Provenance.NONE, inSupplementary());
        }
        appendText(line, text);
    }

    private void appendText(int line, String text) {
        currentParagraph(line).deepest().add(new TextLine(line, text));
    }

    private ParagraphDraft currentParagraph(int line) {
        if (article == null) startArticle(line, Provenance.NONE, inSupplementary());
        if (article.paragraphs.isEmpty()) article.paragraphs.add(new ParagraphDraft(null, line));
        return article.paragraphs.get(article.paragraphs.size() - 1);
    }

    private void onChapterHeading(int line, LineShape shape) {
        DivisionDraft current = open.isEmpty() ? null : open.get(open.size() - 1);
        boolean titleOfMarkedHeading = shape.number() == null && current != null && current.title == null
                && current.number != null && current.articles.isEmpty() && current.children.isEmpty();
        if (titleOfMarkedHeading) {
            current.title = shape.rest(); // "Chapter Two" on one line, its title on the next
            return;
        }
        openDivision(line, DivisionKind.CHAPTER, shape.number(), shape.rest());
    }

    private DivisionDraft openDivision(int line, DivisionKind kind, String number, String title) {
        closeArticle();
        DivisionDraft division = new DivisionDraft(kind, number, title == null || title.isEmpty() ? null : title, line);
        while (!open.isEmpty() && open.get(open.size() - 1).rank() >= division.rank()) open.remove(open.size() - 1);
        if (open.isEmpty()) topLevel.add(division);
        else open.get(open.size() - 1).children.add(division);
        open.add(division);
        awaitingNote = division;
        return division;
    }

    private void ensureSupplementaryDivision(int line) {
        if (!inSupplementary()) openDivision(line, DivisionKind.SUPPLEMENTARY, null, null);
    }

    private boolean inSupplementary() {
        return open.stream().anyMatch(d -> d.kind == DivisionKind.SUPPLEMENTARY);
    }

    private void startArticle(int line, Provenance provenance, boolean supplementary) {
        closeArticle();
        if (open.isEmpty()) openDivision(line, DivisionKind.CHAPTER, null, null); // chapter heading lost
        article = new ArticleDraft(provenance, line, supplementary);
        open.get(open.size() - 1).articles.add(article);
    }

    private void closeArticle() {
        article = null;
        awaitingNote = null;
    }

    private ParsedAct finish() {
        List<Division> body = new ArrayList<>();
        int[] supplementaryPosition = {0};
        for (int i = 0; i < topLevel.size(); i++) {
            body.add(topLevel.get(i).build(Integer.toString(i + 1), supplementaryPosition));
        }
        return new ParsedAct(ListGaps.mark(frontMatter, false), body, closing, backMatter);
    }

    // --- drafts: mutable while reading, built into immutable records at the end ---

    private static final class DivisionDraft {
        final DivisionKind kind;
        final String number;
        String title;
        Provenance provenance = Provenance.NONE;
        final int line;
        final List<ArticleDraft> articles = new ArrayList<>();
        final List<DivisionDraft> children = new ArrayList<>();

        DivisionDraft(DivisionKind kind, String number, String title, int line) {
            this.kind = kind;
            this.number = number;
            this.title = title;
            this.line = line;
        }

        int rank() {
            return switch (kind) {
                case PART -> 0;
                case CHAPTER, SUPPLEMENTARY -> 1;
                case SECTION -> 2;
            };
        }

        Division build(String position, int[] supplementaryPosition) {
            String prefix = switch (kind) {
                case PART -> "part_";
                case CHAPTER -> "chp_";
                case SECTION -> "sec_";
                case SUPPLEMENTARY -> "suppl_";
            };
            String id = prefix + position;
            List<Article> built = new ArrayList<>();
            for (ArticleDraft a : articles) built.add(a.build(supplementaryPosition));
            List<Division> subdivisions = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                subdivisions.add(children.get(i).build(position + "__" + (i + 1), supplementaryPosition));
            }
            return new Division(id, kind, number, title, provenance, line, built, subdivisions);
        }
    }

    private static final class ArticleDraft {
        Provenance provenance;
        final int line;
        final boolean supplementary;
        ArticleNumber explicitNumber;
        String sectionSign;
        final List<ParagraphDraft> paragraphs = new ArrayList<>();

        ArticleDraft(Provenance provenance, int line, boolean supplementary) {
            this.provenance = provenance;
            this.line = line;
            this.supplementary = supplementary;
        }

        boolean hasContent() {
            return paragraphs.stream().anyMatch(ParagraphDraft::hasContent);
        }

        /** Whether any line of text has come yet, as opposed to notes and markers only. */
        boolean hasText() {
            return paragraphs.stream().anyMatch(p -> !p.text.isEmpty() || !p.items.isEmpty());
        }

        /** A paragraph number that does not continue this article's numbering opens the next article. */
        boolean startsNewArticleAt(String number) {
            if (paragraphs.isEmpty()) return false;
            ParagraphDraft last = paragraphs.get(paragraphs.size() - 1);
            if (!last.isNumbered()) return last.hasContent();
            return ParagraphNumbers.compare(number, last.number) <= 0;
        }

        Article build(int[] supplementaryPosition) {
            List<Paragraph> built = paragraphs.stream().map(ParagraphDraft::build).toList();
            Article draft = Article.unnumbered(provenance, built, line);
            if (supplementary) {
                supplementaryPosition[0]++;
                return sectionSign != null
                        ? draft.supplementary(sectionSign, supplementaryPosition[0], NumberOrigin.SOURCE)
                        : draft.supplementary(null, supplementaryPosition[0], NumberOrigin.POSITION);
            }
            return explicitNumber != null ? draft.numbered(explicitNumber, NumberOrigin.SOURCE, lexsite.model.NumberCertainty.of(lexsite.model.NumberCertainty.Level.SOURCE)) : draft;
        }
    }

    private static final class ParagraphDraft {
        final String number;
        final int line;
        Provenance provenance = Provenance.NONE;
        final List<TextLine> text = new ArrayList<>();
        final List<ItemDraft> items = new ArrayList<>();

        ParagraphDraft(String number, int line) {
            this.number = number;
            this.line = line;
        }

        boolean isNumbered() {
            return number != null;
        }

        boolean hasContent() {
            return !text.isEmpty() || !items.isEmpty() || !provenance.isEmpty() || isNumbered();
        }

        /** Where the next text line goes: the last open item or letter, else this paragraph. */
        List<TextLine> deepest() {
            if (items.isEmpty()) return text;
            ItemDraft item = items.get(items.size() - 1);
            return item.subItems.isEmpty() ? item.text : item.subItems.get(item.subItems.size() - 1).text;
        }

        Paragraph build() {
            Status status = provenance.isRepealed() ? Status.REPEALED : Status.IN_FORCE;
            return new Paragraph(null, number, status, provenance, ListGaps.mark(text, !items.isEmpty()),
                    items.stream().map(ItemDraft::build).toList(), line);
        }
    }

    private static final class ItemDraft {
        final String number;
        final int line;
        Provenance provenance = Provenance.NONE;
        final List<TextLine> text = new ArrayList<>();
        final List<ItemDraft> subItems = new ArrayList<>();

        ItemDraft(String number, int line) {
            this.number = number;
            this.line = line;
        }

        Item build() {
            Status status = provenance.isRepealed() ? Status.REPEALED : Status.IN_FORCE;
            return new Item(null, number, status, provenance, ListGaps.mark(text, !subItems.isEmpty()),
                    subItems.stream().map(ItemDraft::build).toList(), line);
        }
    }
}
