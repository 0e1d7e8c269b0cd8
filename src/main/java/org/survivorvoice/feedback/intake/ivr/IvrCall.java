package org.survivorvoice.feedback.intake.ivr;

import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.feedback.Answers;

/**
 * Where a call stands: its step, what was answered, and {@code version}, which every accepted input
 * raises. Webhook URLs carry the step and version they were issued for, so a replayed or stale
 * request is recognised and changes nothing.
 *
 * @param notice a short message to play before the step's prompt (e.g. code not recognised)
 */
public record IvrCall(
        IvrStep step,
        SurvivorLanguage language,
        String providerCode,
        Answers answers,
        Boolean moneyAsked,
        int retries,
        int version,
        IvrNotice notice) {

    /** Something to say before a step's prompt. */
    public enum IvrNotice {
        /** Nothing. */
        NONE,
        /** The key pressed is not one of the choices. */
        INVALID,
        /** The code entered is not a provider's code. */
        CODE_NOT_RECOGNISED,
        /** The PIN entered is not hers. */
        PIN_WRONG,
        /**
         * Once a call, as soon as her language is known and, on calls we place, her PIN is right:
         * press 0 at any time to be called back.
         */
        CALLBACK_OFFER
    }

    /** Whether anything was answered that a rating could keep. */
    public boolean hasRating() {
        return providerCode != null && answers.overall() != null;
    }

    IvrCall at(IvrStep next, IvrNotice withNotice) {
        return new IvrCall(
                next, language, providerCode, answers, moneyAsked, 0, version + 1, withNotice);
    }

    IvrCall retried(IvrNotice withNotice) {
        return new IvrCall(
                step,
                language,
                providerCode,
                answers,
                moneyAsked,
                retries + 1,
                version + 1,
                withNotice);
    }

    IvrCall withLanguage(SurvivorLanguage chosen) {
        return new IvrCall(step, chosen, providerCode, answers, moneyAsked, 0, version, notice);
    }

    IvrCall withCode(String code) {
        return new IvrCall(step, language, code, answers, moneyAsked, 0, version, notice);
    }

    IvrCall withAnswers(Answers given) {
        return new IvrCall(step, language, providerCode, given, moneyAsked, 0, version, notice);
    }

    IvrCall withMoneyAsked(boolean asked) {
        return new IvrCall(step, language, providerCode, answers, asked, 0, version, notice);
    }
}
