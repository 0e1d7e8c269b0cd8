package org.survivorvoice.outreach.followup;

import org.survivorvoice.outreach.outbox.OutboxMessage;

/** How a follow-up asks her: an SMS she replies to, or a call she answers with a key. */
public enum FollowUpChannel {
    /** An SMS whose reply (1, 2 or 3) answers it: a conversation keyed to the follow-up. */
    SMS_CONVERSATION,
    /** An outbound call: her PIN, then the question and a keypress. */
    IVR_CALL;

    /** The outbox channel. */
    OutboxMessage.Channel outboxChannel() {
        return this == IVR_CALL ? OutboxMessage.Channel.VOICE : OutboxMessage.Channel.SMS;
    }

    /** The outbound template. */
    String templateKey() {
        return this == IVR_CALL ? "follow-up.ivr-call" : "follow-up.sms-conversation";
    }
}
