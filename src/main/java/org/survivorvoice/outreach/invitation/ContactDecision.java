package org.survivorvoice.outreach.invitation;

import java.time.Instant;

/**
 * Whether to contact her now: send, wait until a later instant, or stop for good; {@code reason} is
 * null only for a send.
 */
public record ContactDecision(Verdict verdict, Instant waitUntil, InvitationReason reason) {

    /** The three outcomes. */
    public enum Verdict {
        /** Every condition holds: send now. */
        SEND,
        /** Not now; try again at {@code waitUntil}. */
        WAIT,
        /** Never: the invitation ends with {@code reason}. */
        STOP
    }

    static ContactDecision send() {
        return new ContactDecision(Verdict.SEND, null, null);
    }

    static ContactDecision waitUntil(Instant when, InvitationReason reason) {
        return new ContactDecision(Verdict.WAIT, when, reason);
    }

    static ContactDecision stop(InvitationReason reason) {
        return new ContactDecision(Verdict.STOP, null, reason);
    }

    /** Whether the decision is to send now. */
    public boolean isSend() {
        return verdict == Verdict.SEND;
    }
}
