package org.survivorvoice.feedback.intake.ivr;

import java.util.Locale;
import java.util.Optional;

/**
 * The steps of a call (CHANNELS.md, IVR); each is its own webhook path. An incoming call starts at
 * LANGUAGE or CODE, a call placed for an invitation at PIN; both go through the questions. A call
 * placed for a follow-up of a response starts at PIN and asks only CHANGE.
 */
public enum IvrStep {
    /** A call placed for an invitation: the neutral greeting, then her four-digit PIN. */
    PIN,
    /** 1 Hindi, 2 Bengali, 3 Telugu, 4 English; skipped when the caller's language is known. */
    LANGUAGE,
    /** The provider code, digits then #. */
    CODE,
    /** The provider's name read back: 1 confirms, 2 enters the code again. */
    CONFIRM,
    /** Overall treatment, 1-5. */
    OVERALL,
    /** Treated with dignity, 1-5. */
    DIGNITY,
    /** Listened to, 1-5. */
    LISTENED,
    /** Served on time, 1-5. */
    TIMELINESS,
    /** Got what she needed, 1-5. */
    OUTCOME,
    /** Asked for money: 1 yes, 2 no. */
    MONEY,
    /** A follow-up call's one question: has it got better? 1 yes, 2 a little, 3 no. */
    CHANGE,
    /** An optional recorded comment. */
    COMMENT,
    /** Thanked and hung up (the rating is stored). */
    THANKS,
    /** No answer after a retry: a polite goodbye that keeps the answers given. */
    GOODBYE,
    /** Pressed 9: on the do-not-contact registry, goodbye. */
    OPTED_OUT,
    /** A wrong PIN twice: a neutral message and hang up, nothing asked or stored. */
    PIN_FAILED,
    /**
     * Pressed 0: she asked to be called back (a safety case is opened); a neutral goodbye that
     * keeps the answers given, as {@link #GOODBYE} does.
     */
    CALLBACK_NOTED;

    /** Whether the call is over at this step. */
    public boolean isFinal() {
        return this == THANKS
                || this == GOODBYE
                || this == OPTED_OUT
                || this == PIN_FAILED
                || this == CALLBACK_NOTED;
    }

    /** The step's name in webhook paths. */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The step named by a webhook path. */
    public static Optional<IvrStep> fromPath(String path) {
        for (IvrStep step : values()) {
            if (step.path().equals(path)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
