package org.survivorvoice.common.i18n;

import java.text.Normalizer;

/**
 * Text as survivors type it on a phone, made safe to parse (SAFETY V1): bounded, NFC, without
 * control or invisible characters, and with Devanagari, Bengali and Telugu digits turned into ASCII
 * so that {@code R ১২৩৪৫৬ ৪} means the same as {@code R 123456 4}. Pure; never throws.
 */
public final class SurvivorText {

    /**
     * Longest text looked at, in UTF-16 units: Twilio concatenates at most 10 segments (1,600
     * characters), so anything longer is not a real SMS.
     */
    public static final int MAX_LENGTH = 1600;

    private static final int DEVANAGARI_ZERO = 0x0966;
    private static final int BENGALI_ZERO = 0x09E6;
    private static final int TELUGU_ZERO = 0x0C66;

    private SurvivorText() {}

    /** The text cleaned and bounded to {@link #MAX_LENGTH}; empty for null. */
    public static String normalise(String text) {
        return normalise(text, MAX_LENGTH);
    }

    /**
     * The text cleaned: NFC, tabs and line breaks as spaces, other control characters and invisible
     * format characters removed (zero-width joiner and non-joiner stay: Indic spelling needs them),
     * Indian-script digits as ASCII, surrounding spaces stripped, at most {@code maxLength} UTF-16
     * units without splitting a surrogate pair. Empty for null.
     */
    public static String normalise(String text, int maxLength) {
        String cleaned = clean(text, maxLength);
        StringBuilder out = new StringBuilder(cleaned.length());
        cleaned.codePoints().forEach(cp -> out.appendCodePoint(asciiDigit(cp)));
        return out.toString();
    }

    /**
     * The text cleaned as {@link #normalise(String, int)} does, but with digits as written: for
     * names and other text kept as typed, such as the cells of a staff upload.
     */
    public static String clean(String text, int maxLength) {
        if (text == null || maxLength <= 0) {
            return "";
        }
        // bound before normalising, so a huge input costs no more than a long SMS
        String bounded = cut(text, Math.min(text.length(), maxLength * 2));
        String nfc = Normalizer.normalize(bounded, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(Math.min(nfc.length(), maxLength));
        nfc.codePoints()
                .forEach(
                        cp -> {
                            if (cp == '\n' || cp == '\r' || cp == '\t') {
                                out.append(' ');
                            } else if (!Character.isISOControl(cp) && !isInvisible(cp)) {
                                out.appendCodePoint(cp);
                            }
                        });
        return cut(out.toString().strip(), maxLength);
    }

    /** The ASCII digit of a Devanagari, Bengali or Telugu digit; any other code point as it is. */
    public static int asciiDigit(int cp) {
        for (int zero : new int[] {DEVANAGARI_ZERO, BENGALI_ZERO, TELUGU_ZERO}) {
            if (cp >= zero && cp <= zero + 9) {
                return '0' + (cp - zero);
            }
        }
        return cp;
    }

    /**
     * Format characters (Unicode category Cf: zero-width space, word joiner, BOM, bidi controls,
     * soft hyphen...) and unassigned or private code points are invisible or meaningless in an SMS;
     * ZWJ and ZWNJ stay because they change how Indic conjuncts are written.
     */
    private static boolean isInvisible(int cp) {
        if (cp == 0x200C || cp == 0x200D) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    /**
     * The text cut to at most {@code maxLength} UTF-16 units without splitting a surrogate pair,
     * otherwise unchanged: what is kept of a raw message before it is read.
     */
    public static String bounded(String text, int maxLength) {
        return cut(text, Math.max(0, maxLength));
    }

    private static String cut(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
