package org.survivorvoice.outreach.invitation;

import java.time.Instant;
import org.survivorvoice.survivor.Survivor;

/**
 * The one rule that decides whether an invitation may go out (CHANNELS.md "Outreach"): she is
 * enrolled, consents to the channel and to her ratings being used, is not on do-not-contact, has
 * not rated the encounter yet, the invitation has not expired, and the time is inside her safe
 * window. Pure: facts in, decision out. Facts that could not be read never reach it; the caller
 * sends nothing then (fail closed). Messages of outbox purposes (follow-ups, results) are decided
 * here too, from {@link ContactFacts#forPurpose}; what consent to a channel means is also said here
 * ({@link #consentsToSms}, {@link #consentsToCalls}).
 */
public final class ContactGate {

    private ContactGate() {}

    /** Whether she may get SMS: her consent to SMS. */
    public static boolean consentsToSms(Survivor s) {
        return s.consentSms;
    }

    /** Whether she may get calls: her consent to IVR, and a PIN to check it is her. */
    public static boolean consentsToCalls(Survivor s) {
        return s.consentIvr && s.ivrPinHash != null;
    }

    /** The decision for these facts at this instant. */
    public static ContactDecision decide(ContactFacts facts, Instant now) {
        if (!facts.enrolled()) {
            return ContactDecision.stop(InvitationReason.NOT_ENROLLED);
        }
        if (!facts.channelConsent() || !facts.reportingConsent()) {
            return ContactDecision.stop(InvitationReason.NO_CONSENT);
        }
        if (facts.doNotContact()) {
            return ContactDecision.stop(InvitationReason.DO_NOT_CONTACT);
        }
        if (facts.alreadyRated()) {
            return ContactDecision.stop(InvitationReason.ALREADY_RATED);
        }
        if (!now.isBefore(facts.expiresAt())) {
            return ContactDecision.stop(InvitationReason.EXPIRED);
        }
        if (facts.window().contains(now)) {
            return ContactDecision.send();
        }
        return facts.window()
                .nextOpening(now)
                .filter(opening -> opening.isBefore(facts.expiresAt()))
                .map(o -> ContactDecision.waitUntil(o, InvitationReason.OUTSIDE_SAFE_HOURS))
                .orElseGet(() -> ContactDecision.stop(InvitationReason.NO_SAFE_WINDOW));
    }
}
