package org.survivorvoice.feedback;

import java.util.HexFormat;
import java.util.UUID;

/**
 * The rater key of a rating ({@code rating.rater_key}): who rated, for counting distinct raters. An
 * enrolled survivor is her id, a phone that is no one's (or several survivors') its blind index,
 * and any other rater counts as one of her own. The one place these keys are made: the write path,
 * the phone channels, the demo's bulk load and the tests' rows all ask here.
 */
public final class RaterKey {

    private RaterKey() {}

    /** The key of an enrolled survivor. */
    public static String forSurvivor(long survivorId) {
        return "S:" + survivorId;
    }

    /** The key of a phone, by its blind index. */
    public static String forPhone(byte[] phoneIndex) {
        return "P:" + HexFormat.of().formatHex(phoneIndex);
    }

    /**
     * The key that replaces {@link #forPhone} once the retention purge has removed the phone's
     * blind index (SAFETY.md D3): named after the first rating of that phone, so the phone's
     * ratings still count as one rater and no score changes, while nothing leads back to the
     * number.
     */
    public static String forPurgedPhone(long firstRatingId) {
        return "R:" + firstRatingId;
    }

    /** A new anonymous rater, unlike any other: a rating that counts as its own rater. */
    public static String anonymous() {
        return "A:" + UUID.randomUUID();
    }

    /** The n-th anonymous rater of a generated programme, the same on every run of its seed. */
    public static String anonymous(long n) {
        return "A:" + n;
    }
}
