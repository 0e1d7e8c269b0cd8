package org.survivorvoice.feedback.intake;

import java.util.List;
import org.survivorvoice.feedback.RaterKey;
import org.survivorvoice.survivor.Survivor;

/**
 * Who rated, as the phone channels (SMS and incoming calls) know her: a survivor id (or null) and a
 * rater key (or null for a fresh anonymous one), as {@code RatingSubmission} takes them.
 */
public record PhoneRater(Long survivorId, String raterKey) {

    /**
     * The rater of a rating from the phone (blind index; null for a sender that is not a phone):
     * its survivor when exactly one survivor has it (a handset shared by several cannot say which
     * of them rated), and the blind index as rater key. Reads the survivors, so it runs inside the
     * caller's transaction.
     */
    public static PhoneRater of(byte[] phoneIndex) {
        return phoneIndex == null ? new PhoneRater(null, null) : of(List.of(phoneIndex));
    }

    /**
     * The rater of a rating from the phone known by all its indexes (PhoneVault.lookupIndexes: the
     * current one first, then during a key rotation the previous one, under which her survivor row
     * may still be); the rater key names the current index.
     */
    public static PhoneRater of(List<byte[]> phoneIndexes) {
        return of(phoneIndexes, survivorsOf(phoneIndexes));
    }

    /**
     * The rater of a rating from the phone, given the survivors holding it as {@link #survivorsOf}
     * read them (for a caller that has read them already in this transaction).
     */
    public static PhoneRater of(List<byte[]> phoneIndexes, List<Survivor> survivors) {
        if (phoneIndexes.isEmpty()) {
            return new PhoneRater(null, null);
        }
        return new PhoneRater(
                survivors.size() == 1 ? survivors.get(0).id : null,
                RaterKey.forPhone(phoneIndexes.get(0)));
    }

    /** The survivors enrolled with the phone (any of its blind indexes), oldest first. */
    public static List<Survivor> survivorsOf(List<byte[]> phoneIndexes) {
        return phoneIndexes.isEmpty()
                ? List.of()
                : Survivor.list("phoneIndex in ?1 order by id", phoneIndexes);
    }
}
