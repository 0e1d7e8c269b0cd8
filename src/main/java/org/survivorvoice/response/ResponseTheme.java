package org.survivorvoice.response;

/** What a response sets out to change: one of the survivors' questions, or something else. */
public enum ResponseTheme {
    /** Treated with dignity. */
    DIGNITY,
    /** Listened and explained options. */
    LISTENED,
    /** Timeliness. */
    TIMELINESS,
    /** Got what was needed. */
    OUTCOME,
    /** Money or a favour was asked. */
    MONEY_ASKED,
    /** Anything else; the action text says what. */
    OTHER
}
