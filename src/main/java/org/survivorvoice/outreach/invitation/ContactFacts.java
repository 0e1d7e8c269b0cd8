package org.survivorvoice.outreach.invitation;

import java.time.Instant;
import org.survivorvoice.survivor.SafeWindow;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.survivor.SurvivorStatus;

/**
 * What must be known, at the moment of sending, to decide whether she may be contacted: for an
 * invitation, or for a message of an outbox purpose ({@link #forPurpose}).
 *
 * @param enrolled she is still enrolled in the programme
 * @param channelConsent she consents to the invitation's channel
 * @param reportingConsent she consents to her ratings being used (for a purpose: to the purpose)
 * @param doNotContact her phone is on the do-not-contact registry
 * @param alreadyRated the encounter already has a rating (never, for a purpose)
 * @param window her safe hours
 * @param expiresAt when the invitation ends
 */
public record ContactFacts(
        boolean enrolled,
        boolean channelConsent,
        boolean reportingConsent,
        boolean doNotContact,
        boolean alreadyRated,
        SafeWindow window,
        Instant expiresAt) {

    /**
     * The facts of a contact that is not an invitation (a follow-up, results), read from her record
     * now: enrolment and safe hours from it, consent to the message's channel and to the purpose as
     * the purpose requires them, nothing already rated.
     */
    public static ContactFacts forPurpose(
            Survivor s,
            boolean channelConsent,
            boolean purposeConsent,
            boolean doNotContact,
            Instant expiresAt) {
        return new ContactFacts(
                s.status == SurvivorStatus.ENROLLED,
                channelConsent,
                purposeConsent,
                doNotContact,
                false,
                s.safeWindow(),
                expiresAt);
    }
}
