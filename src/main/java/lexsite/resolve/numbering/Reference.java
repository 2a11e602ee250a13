package lexsite.resolve.numbering;

import lexsite.resolve.Citation;

/**
 * A reference the act makes to one of its own articles, where it stands, and the words around it.
 *
 * @param citation    the citation as read
 * @param citingBlock the block (by position) whose text makes it; -1 for text outside the numbered articles
 * @param line        the source line it stands on
 * @param context     the words of its sentence around it, which say what the cited article is about
 */
public record Reference(Citation citation, int citingBlock, int line, String context) {
}
