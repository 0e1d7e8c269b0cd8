package org.survivorvoice.safetydesk;

/** Why a rating or message opened a safety case; one case may carry several. */
public enum CaseSignal {
    /** She answered yes to "were you asked for money or a favour?". */
    MONEY_ASKED,
    /** Overall 1 (the worst) with a comment. */
    LOWEST_RATING_WITH_COMMENT,
    /** Her words name a threat, violence, being sold or forced, or ask for help. */
    DANGER_WORDS,
    /** She texted HELP ME (or a local word for it). */
    HELP_REQUESTED,
    /** She pressed 0 on a call to be called back by a field worker. */
    CALLBACK_REQUESTED
}
