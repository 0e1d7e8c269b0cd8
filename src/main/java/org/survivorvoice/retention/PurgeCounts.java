package org.survivorvoice.retention;

/**
 * What one retention purge removed, as counts only: never a value, so it can go to the log and the
 * audit row.
 *
 * @param survivors survivors whose phone ciphertext, blind index and PIN hash were deleted
 * @param phoneLanguages reply-language choices of purged numbers deleted
 * @param raterKeys ratings whose rater key named a purged number's blind index, renamed
 * @param inboundMessages inbound SMS rows that lost their sender's blind index
 * @param ivrCalls IVR call rows that lost their caller's blind index
 * @param smsConversations SMS conversations that lost their phone's blind index
 * @param comments rating comments deleted
 * @param caseTexts safety cases closed long enough ago that lost their opening text and phone
 * @param caseNotes notes of such cases deleted
 */
public record PurgeCounts(
        int survivors,
        int phoneLanguages,
        int raterKeys,
        int inboundMessages,
        int ivrCalls,
        int smsConversations,
        int comments,
        int caseTexts,
        int caseNotes) {

    /** Nothing purged. */
    public static final PurgeCounts NONE = new PurgeCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The sum of two runs' counts. */
    public PurgeCounts plus(PurgeCounts o) {
        return new PurgeCounts(
                survivors + o.survivors,
                phoneLanguages + o.phoneLanguages,
                raterKeys + o.raterKeys,
                inboundMessages + o.inboundMessages,
                ivrCalls + o.ivrCalls,
                smsConversations + o.smsConversations,
                comments + o.comments,
                caseTexts + o.caseTexts,
                caseNotes + o.caseNotes);
    }

    /** True when nothing was purged. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The counts as one line, for the log and the audit row's detail. */
    public String detail() {
        return "survivors="
                + survivors
                + " phoneLanguages="
                + phoneLanguages
                + " raterKeys="
                + raterKeys
                + " inboundMessages="
                + inboundMessages
                + " ivrCalls="
                + ivrCalls
                + " smsConversations="
                + smsConversations
                + " comments="
                + comments
                + " caseTexts="
                + caseTexts
                + " caseNotes="
                + caseNotes;
    }
}
