package org.survivorvoice.feedback.intake.sms;

import java.util.Objects;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.provider.ProviderCode;

/**
 * What an inbound SMS asks for, as {@link SmsGrammar} reads it. The records cannot hold an answer
 * outside its scale: their constructors refuse one, so no out-of-range answer can reach the write
 * path.
 */
public sealed interface SmsCommand {

    /** A short name for logs and the inbound-message row; never content. */
    default String kind() {
        return getClass().getSimpleName();
    }

    /**
     * A bare answer to the pending question of an open invitation conversation: a digit 1-5, or
     * Y/N. For a yes/no question 1 means yes and 2 means no, so both readings are kept.
     *
     * @param scale the digit 1-5, or null for Y/N
     * @param yes true for Y (or 1), false for N (or 2), null for 3-5
     */
    record QuestionAnswer(Integer scale, Boolean yes) implements SmsCommand {
        public QuestionAnswer {
            if (scale != null && (scale < 1 || scale > 5)) {
                throw new IllegalArgumentException("scale answers are 1-5");
            }
            if (scale == null && yes == null) {
                throw new IllegalArgumentException("an answer needs a value");
            }
        }

        /** The answer to a 1-5 question from a digit. */
        static QuestionAnswer ofDigit(int digit) {
            return new QuestionAnswer(digit, digit == 1 ? Boolean.TRUE : digit == 2 ? false : null);
        }
    }

    /**
     * An unsolicited rating: {@code R <code> <overall> [<dignity> <listened> <timeliness>
     * <outcome>] [Y|N] [comment]}.
     */
    record Rate(ProviderCode code, Answers answers, Boolean moneyAsked, String comment)
            implements SmsCommand {
        public Rate {
            Objects.requireNonNull(code, "code");
            if (answers == null || answers.overall() == null || !answers.inRange()) {
                throw new IllegalArgumentException("a rating needs an overall answer of 1-5");
            }
        }

        @Override
        public String toString() {
            return "Rate[code=" + code + "]";
        }
    }

    /** {@code R} with a code that is not a provider code (wrong length or check digit). */
    record UnrecognisedCode() implements SmsCommand {}

    /** {@code R} without a code or without a valid overall answer. */
    record MalformedRating() implements SmsCommand {}

    /** {@code HELP} or {@code ?}: how to reply. */
    record Help() implements SmsCommand {}

    /**
     * {@code HELP ME}, or a configured local word for help, opening the message: she asks for a
     * call from a field worker (the safety desk's {@code SignalDetector#asksForHelp} decides, so
     * the grammar and the desk never disagree). Checked before {@link Help}.
     */
    record AskForHelp() implements SmsCommand {}

    /** {@code STOP} or a configured local stop word: no contact on any channel. */
    record Stop() implements SmsCommand {}

    /** {@code START}: contact allowed again. */
    record Start() implements SmsCommand {}

    /** {@code LANG HI}, {@code LANG BN}, {@code LANG TE} or {@code LANG EN}. */
    record ChangeLanguage(SurvivorLanguage language) implements SmsCommand {
        public ChangeLanguage {
            Objects.requireNonNull(language, "language");
        }
    }

    /** Anything else. */
    record Unknown() implements SmsCommand {}
}
