package org.survivorvoice.feedback.intake.sms;

/**
 * How many SMS segments a text costs (3GPP TS 23.038). A text of GSM-7 characters takes 160 septets
 * in one segment or 153 per segment when concatenated, each extension-table character two septets;
 * one character outside GSM-7 (every Indian script) turns the whole text into UCS-2: 70 UTF-16
 * units in one segment or 67 per segment.
 *
 * @param gsm7 whether the whole text is GSM-7
 * @param units septets (GSM-7) or UTF-16 units (UCS-2)
 * @param segments segments needed, 0 for an empty text
 */
public record SmsSegments(boolean gsm7, int units, int segments) {

    /** The GSM 03.38 default alphabet (ESC excluded: it only introduces the extension table). */
    private static final String BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** Characters reached through ESC: two septets each. */
    private static final String EXTENSION = "\f^{}\\[~]|€";

    /** The cost of the text. */
    public static SmsSegments of(String text) {
        int septets = 0;
        boolean gsm7 = true;
        for (int i = 0; i < text.length() && gsm7; i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                gsm7 = false;
            }
        }
        if (gsm7) {
            return new SmsSegments(true, septets, segments(septets, 160, 153));
        }
        return new SmsSegments(false, text.length(), segments(text.length(), 70, 67));
    }

    private static int segments(int units, int single, int perPart) {
        if (units == 0) {
            return 0;
        }
        return units <= single ? 1 : (units + perPart - 1) / perPart;
    }
}
