package lexsite.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One probe text per character of the blocks readers type in: the character alone, between letters, between
 * digits, after a word and before one, so each character's Word_Break class shows in how it splits or joins.
 */
final class CharacterProbes {

    // Latin, IPA, combining marks, Greek, Cyrillic, Armenian, Hebrew, Arabic; Thai, Myanmar, Khmer (kept whole);
    // Latin and Greek extended; punctuation, super- and subscripts, currency, letterlike and number forms,
    // arrows, mathematical operators; CJK punctuation and kana; Hangul; presentation and half-/full-width forms.
    // Left out, as analyzer.js says: characters added after Unicode 9, and pictographic symbols and emoji.
    private static final int[][] RANGES = {
        {0x0000, 0x086F}, {0x0E00, 0x0E7F}, {0x1000, 0x109F}, {0x1780, 0x17FF}, {0x1E00, 0x1FFF},
        {0x2000, 0x22FF}, {0x3000, 0x30FF}, {0xAC00, 0xAC7F}, {0xFB00, 0xFE6F}, {0xFF00, 0xFFEF},
    };

    private CharacterProbes() {
    }

    static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (int[] range : RANGES) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                if (Character.getType(cp) == Character.SURROGATE) continue;
                String c = Character.toString(cp);
                texts.add(c + " a" + c + "b 1" + c + "2 word" + c + " " + c + "word _" + c + "_ a" + c + c + "b");
            }
        }
        return texts;
    }
}
