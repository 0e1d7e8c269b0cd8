package org.survivorvoice.outreach.invitation;

/**
 * The questions of an invitation's SMS conversation, in the order they are asked (CHANNELS.md:
 * overall -> dignity -> money asked -> thanks). The invitation text itself asks the first.
 */
public enum ConversationQuestion {
    /** Overall treatment, 1-5. */
    OVERALL,
    /** Treated with dignity, 1-5. */
    DIGNITY,
    /** Asked for money: Y or N (1 or 2). */
    MONEY,
    /** Every question answered. */
    DONE
}
