package org.survivorvoice.feedback;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans free text before it is stored: NFC, no control or zero-width characters, bounded, and
 * phone numbers masked, because a survivor who types her number into a comment must not have it
 * stored in plain text (SAFETY D1).
 */
final class CommentText {

    /** Ten or more digits in any script, with optional +, spaces or dashes between them. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\p{Nd}(?:[\\s.-]?\\p{Nd}){9,}");

    /** What a masked number is replaced with. */
    static final String MASK = "[number removed]";

    private CommentText() {}

    /** The cleaned text, or null when nothing is left. */
    static String clean(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(Math.min(normalised.length(), maxLength));
        normalised
                .codePoints()
                .forEach(
                        cp -> {
                            if (cp == '\n' || cp == '\t' || cp == '\r') {
                                out.append(' ');
                            } else if (!Character.isISOControl(cp) && !isInvisible(cp)) {
                                out.appendCodePoint(cp);
                            }
                        });
        String cleaned =
                PHONE_LIKE
                        .matcher(out.toString())
                        .replaceAll(MASK)
                        .strip()
                        .replaceAll(" {2,}", " ");
        if (cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.length() > maxLength) {
            int end = maxLength;
            if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
                end--;
            }
            cleaned = cleaned.substring(0, end);
        }
        return cleaned;
    }

    private static boolean isInvisible(int cp) {
        // zero-width joiners are part of Indic spelling (ZWJ/ZWNJ), so only the others go
        return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
    }
}
