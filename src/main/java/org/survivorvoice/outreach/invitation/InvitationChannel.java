package org.survivorvoice.outreach.invitation;

/** How she is invited to rate, chosen from her consent. */
public enum InvitationChannel {
    /** An SMS carrying a single-use {@code /r/{token}} link to the web form. */
    SMS_LINK,
    /** An SMS asking the first question; her replies answer the conversation. */
    SMS_CONVERSATION,
    /** An outbound IVR call: PIN, then the questions. */
    IVR_CALL;

    /** The template key of the first message on this channel. */
    public String templateKey(boolean reminder) {
        String prefix = reminder ? "reminder." : "invitation.";
        return switch (this) {
            case SMS_LINK -> prefix + "sms-link";
            case SMS_CONVERSATION -> prefix + "sms-conversation";
            case IVR_CALL -> prefix + "ivr-call";
        };
    }
}
