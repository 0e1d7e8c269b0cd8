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
        return of(phoneIndex, phoneIndex == null ? List.of() : survivorsOf(phoneIndex));
    }

    /**
     * The rater of a rating from the phone, given the survivors holding it as {@link #survivorsOf}
     * read them (for a caller that has read them already in this transaction).
     */
    public static PhoneRater of(byte[] phoneIndex, List<Survivor> survivors) {
        if (phoneIndex == null) {
            return new PhoneRater(null, null);
        }
        return new PhoneRater(
                survivors.size() == 1 ? survivors.get(0).id : null, RaterKey.forPhone(phoneIndex));
    }

    /** The survivors enrolled with the phone (blind index), oldest first. */
    public static List<Survivor> survivorsOf(byte[] phoneIndex) {
        return Survivor.list("phoneIndex = ?1 order by id", phoneIndex);
    }
}
