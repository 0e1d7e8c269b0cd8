package org.survivorvoice.outreach.invitation;

/**
 * The questions of an invitation's SMS conversation, in the order they are asked (CHANNELS.md:
 * overall -> dignity -> money asked -> thanks; the invitation text itself asks the first), and the
 * one question of a follow-up's.
 */
public enum ConversationQuestion {
    /** Overall treatment, 1-5. */
    OVERALL,
    /** Treated with dignity, 1-5. */
    DIGNITY,
    /** Asked for money: Y or N (1 or 2). */
    MONEY,
    /**
     * A follow-up's one question, "has it got better?" (1 yes, 2 a little, 3 no): answered by the
     * follow-up, never by an invitation's conversation.
     */
    CHANGE,
    /** Every question answered. */
    DONE
}
