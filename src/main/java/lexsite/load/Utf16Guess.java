package lexsite.load;

/**
 * Tells UTF-16 saved without a byte order mark from binary: in UTF-16 text nearly every other byte is the high
 * byte of a Latin (0x00) or Cyrillic (0x04) character, always on the same side of each pair.
 */
final class Utf16Guess {

    private Utf16Guess() {
    }

    /** "LE" or "BE" when the bytes read as UTF-16 text in that byte order; null otherwise. */
    static String of(byte[] bytes) {
        int pairs = bytes.length / 2;
        if (pairs < 2) return null;
        int evenHigh = 0;
        int oddHigh = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            if (isHighByte(bytes[i])) evenHigh++;
            if (isHighByte(bytes[i + 1])) oddHigh++;
        }
        if (oddHigh >= pairs * 0.9 && evenHigh < pairs * 0.1) return "LE";
        if (evenHigh >= pairs * 0.9 && oddHigh < pairs * 0.1) return "BE";
        return null;
    }

    private static boolean isHighByte(byte b) {
        return b == 0x00 || b == 0x04;
    }
}
