package org.survivorvoice.feedback.intake.ivr;

import java.util.Optional;
import java.util.function.Predicate;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.feedback.intake.ivr.IvrCall.IvrNotice;
import org.survivorvoice.provider.ProviderCode;

/**
 * The call state machine, incoming calls ({@link #next}), calls placed for an invitation ({@link
 * #nextInvited}) and for a follow-up of a response ({@link #nextFollowUp}): a pure function from a
 * call and the keys pressed (null when the caller pressed nothing before the timeout) to the next
 * call and what must be done. No CDI, no database: whether a code names a provider is asked of the
 * caller's predicate.
 *
 * <p>Rules: a timeout or a key that is not a choice re-asks once; a second miss ends the call with
 * a goodbye that keeps a rating already begun. 9 alone (or 9 then #) at any step puts the phone on
 * the do-not-contact registry and ends the call. 0 alone (or 0 then #) at any step but the PIN asks
 * for a call back: the call ends with a neutral goodbye that keeps a rating already begun, as a
 * goodbye does (before the PIN nobody knows who pressed it). The rating is stored as soon as the
 * money question is answered, before the optional comment, so hanging up during the comment loses
 * nothing.
 */
public final class IvrFlow {

    /** Misses allowed at one step before the goodbye: one retry. */
    static final int MAX_RETRIES = 1;

    private IvrFlow() {}

    /** What a transition asks the caller of the flow to do besides moving on. */
    public enum Effect {
        /** Nothing. */
        NONE,
        /** Store the rating the call holds. */
        STORE_RATING,
        /** Add the phone to the do-not-contact registry. */
        OPT_OUT,
        /** Keep the key pressed (1, 2 or 3) as the follow-up's answer. */
        KEEP_FOLLOW_UP_ANSWER,
        /** Hand the safety desk her request to be called back. */
        REQUEST_CALLBACK,
        /** Store the rating begun, then hand the safety desk her request to be called back. */
        STORE_RATING_AND_REQUEST_CALLBACK;

        /** Whether the rating the call holds is to be stored. */
        public boolean storesRating() {
            return this == STORE_RATING || this == STORE_RATING_AND_REQUEST_CALLBACK;
        }

        /** Whether she asked to be called back. */
        public boolean requestsCallback() {
            return this == REQUEST_CALLBACK || this == STORE_RATING_AND_REQUEST_CALLBACK;
        }
    }

    /** The next state of the call and the effect to apply with it. */
    public record Transition(IvrCall call, Effect effect) {}

    /**
     * A call placed for an invitation: her language is known and so is the provider (the
     * invitation's encounter), which is never said; the PIN comes first.
     */
    public static IvrCall startInvited(SurvivorLanguage language, String providerCode) {
        return new IvrCall(
                IvrStep.PIN, language, providerCode, Answers.NONE, null, 0, 0, IvrNotice.NONE);
    }

    /**
     * The transition of a call placed for an invitation: PIN (a wrong one re-asked once, a second
     * wrong one ends the call with nothing stored), the questions, money asked, thanks. The rating
     * is stored with the money answer; there is no recorded comment on these calls. Timeouts and 9
     * work as on incoming calls.
     */
    public static Transition nextInvited(
            IvrCall call, String digits, Predicate<String> pinMatches) {
        Optional<Transition> atAnyStep = atAnyStep(call, digits);
        if (atAnyStep.isPresent()) {
            return atAnyStep.get();
        }
        String keys = digits.strip();
        return switch (call.step()) {
            case PIN -> pin(call, keys, pinMatches);
            case OVERALL, DIGNITY, LISTENED, TIMELINESS, OUTCOME -> scale(call, keys);
            case MONEY ->
                    switch (keys) {
                        case "1", "2" ->
                                new Transition(
                                        call.withMoneyAsked(keys.equals("1"))
                                                .at(IvrStep.THANKS, IvrNotice.NONE),
                                        Effect.STORE_RATING);
                        default -> miss(call, IvrNotice.INVALID);
                    };
            default -> new Transition(call, Effect.NONE);
        };
    }

    /**
     * The transition of a call placed for a follow-up of a response: the PIN as on an invitation
     * call (a second wrong one ends the call with a neutral goodbye), then the one question, "has
     * it got better?" (1 yes, 2 a little, 3 no), then thanks. Nothing names the provider; timeouts
     * and 9 work as everywhere.
     */
    public static Transition nextFollowUp(
            IvrCall call, String digits, Predicate<String> pinMatches) {
        Optional<Transition> atAnyStep = atAnyStep(call, digits);
        if (atAnyStep.isPresent()) {
            return atAnyStep.get();
        }
        String keys = digits.strip();
        return switch (call.step()) {
            case PIN -> {
                Transition pin = pin(call, keys, pinMatches);
                yield pin.call().step() == IvrStep.OVERALL
                        ? new Transition(
                                call.at(IvrStep.CHANGE, IvrNotice.CALLBACK_OFFER), Effect.NONE)
                        : pin;
            }
            case CHANGE ->
                    switch (keys) {
                        case "1", "2", "3" ->
                                new Transition(
                                        call.at(IvrStep.THANKS, IvrNotice.NONE),
                                        Effect.KEEP_FOLLOW_UP_ANSWER);
                        default -> miss(call, IvrNotice.INVALID);
                    };
            default -> new Transition(call, Effect.NONE);
        };
    }

    /** A new call: the language menu, or the code at once when her language is known. */
    public static IvrCall start(SurvivorLanguage knownLanguage) {
        IvrStep first = knownLanguage == null ? IvrStep.LANGUAGE : IvrStep.CODE;
        return new IvrCall(first, knownLanguage, null, Answers.NONE, null, 0, 0, IvrNotice.NONE);
    }

    /** The transition for the keys pressed at the call's current step. */
    public static Transition next(IvrCall call, String digits, Predicate<String> providerExists) {
        Optional<Transition> atAnyStep = atAnyStep(call, digits);
        if (atAnyStep.isPresent()) {
            return atAnyStep.get();
        }
        String keys = digits.strip();
        return switch (call.step()) {
            case LANGUAGE -> language(call, keys);
            case CODE -> code(call, keys, providerExists);
            case CONFIRM -> confirm(call, keys);
            case OVERALL, DIGNITY, LISTENED, TIMELINESS, OUTCOME -> scale(call, keys);
            case MONEY -> money(call, keys);
            case COMMENT -> new Transition(call.at(IvrStep.THANKS, IvrNotice.NONE), Effect.NONE);
            default -> new Transition(call, Effect.NONE);
        };
    }

    /**
     * The call ended before its last step (Twilio's call-status callback): it is over, and answers
     * already given are kept as a rating when one was begun and not yet stored.
     */
    public static Transition hungUp(IvrCall call) {
        if (call.step().isFinal()) {
            return new Transition(call, Effect.NONE);
        }
        return new Transition(
                call.at(IvrStep.GOODBYE, IvrNotice.NONE),
                keepsRating(call) ? Effect.STORE_RATING : Effect.NONE);
    }

    /** The caller finished (or skipped) the recorded comment. */
    public static Transition commentDone(IvrCall call) {
        if (call.step() != IvrStep.COMMENT) {
            return new Transition(call, Effect.NONE);
        }
        return new Transition(call.at(IvrStep.THANKS, IvrNotice.NONE), Effect.NONE);
    }

    /**
     * What holds at every step of every flow: a finished call stays finished, nothing pressed is a
     * miss, 9 opts out, 0 (but not as a PIN) asks for a call back. Empty when the step itself
     * decides.
     */
    private static Optional<Transition> atAnyStep(IvrCall call, String digits) {
        if (call.step().isFinal()) {
            return Optional.of(new Transition(call, Effect.NONE));
        }
        if (digits == null || digits.isEmpty()) {
            return Optional.of(miss(call, IvrNotice.NONE));
        }
        String keys = digits.strip();
        if (keys.equals("9") || keys.equals("9#")) {
            return Optional.of(
                    new Transition(call.at(IvrStep.OPTED_OUT, IvrNotice.NONE), Effect.OPT_OUT));
        }
        if ((keys.equals("0") || keys.equals("0#")) && call.step() != IvrStep.PIN) {
            return Optional.of(
                    new Transition(
                            call.at(IvrStep.CALLBACK_NOTED, IvrNotice.NONE),
                            keepsRating(call)
                                    ? Effect.STORE_RATING_AND_REQUEST_CALLBACK
                                    : Effect.REQUEST_CALLBACK));
        }
        return Optional.empty();
    }

    /**
     * Whether a call ending at its current step keeps its answers as a rating: some were given and
     * none stored yet (the rating is stored when the money question is answered).
     */
    private static boolean keepsRating(IvrCall call) {
        return call.hasRating() && call.step().ordinal() <= IvrStep.MONEY.ordinal();
    }

    private static Transition miss(IvrCall call, IvrNotice notice) {
        if (call.retries() >= MAX_RETRIES) {
            return new Transition(
                    call.at(IvrStep.GOODBYE, IvrNotice.NONE),
                    keepsRating(call) ? Effect.STORE_RATING : Effect.NONE);
        }
        return new Transition(call.retried(notice), Effect.NONE);
    }

    private static Transition pin(IvrCall call, String keys, Predicate<String> pinMatches) {
        String pin = keys.endsWith("#") ? keys.substring(0, keys.length() - 1) : keys;
        if (pinMatches.test(pin)) {
            return new Transition(call.at(IvrStep.OVERALL, IvrNotice.CALLBACK_OFFER), Effect.NONE);
        }
        if (call.retries() >= MAX_RETRIES) {
            return new Transition(call.at(IvrStep.PIN_FAILED, IvrNotice.NONE), Effect.NONE);
        }
        return new Transition(call.retried(IvrNotice.PIN_WRONG), Effect.NONE);
    }

    private static Transition language(IvrCall call, String keys) {
        SurvivorLanguage chosen =
                switch (keys) {
                    case "1" -> SurvivorLanguage.HI;
                    case "2" -> SurvivorLanguage.BN;
                    case "3" -> SurvivorLanguage.TE;
                    case "4" -> SurvivorLanguage.EN;
                    default -> null;
                };
        if (chosen == null) {
            return miss(call, IvrNotice.INVALID);
        }
        // her language is known only now: the offer to call back is made in it
        return new Transition(
                call.withLanguage(chosen).at(IvrStep.CODE, IvrNotice.CALLBACK_OFFER), Effect.NONE);
    }

    private static Transition code(IvrCall call, String keys, Predicate<String> providerExists) {
        String code = keys.endsWith("#") ? keys.substring(0, keys.length() - 1) : keys;
        if (ProviderCode.parse(code).isEmpty() || !providerExists.test(code)) {
            return miss(call, IvrNotice.CODE_NOT_RECOGNISED);
        }
        return new Transition(call.withCode(code).at(IvrStep.CONFIRM, IvrNotice.NONE), Effect.NONE);
    }

    private static Transition confirm(IvrCall call, String keys) {
        return switch (keys) {
            case "1" -> new Transition(call.at(IvrStep.OVERALL, IvrNotice.NONE), Effect.NONE);
            case "2" ->
                    new Transition(
                            call.withCode(null).at(IvrStep.CODE, IvrNotice.NONE), Effect.NONE);
            default -> miss(call, IvrNotice.INVALID);
        };
    }

    private static Transition scale(IvrCall call, String keys) {
        if (keys.length() != 1 || keys.charAt(0) < '1' || keys.charAt(0) > '5') {
            return miss(call, IvrNotice.INVALID);
        }
        int value = keys.charAt(0) - '0';
        Answers a = call.answers();
        Answers given =
                switch (call.step()) {
                    case OVERALL ->
                            new Answers(
                                    value, a.dignity(), a.listened(), a.timeliness(), a.outcome());
                    case DIGNITY ->
                            new Answers(
                                    a.overall(), value, a.listened(), a.timeliness(), a.outcome());
                    case LISTENED ->
                            new Answers(
                                    a.overall(), a.dignity(), value, a.timeliness(), a.outcome());
                    case TIMELINESS ->
                            new Answers(a.overall(), a.dignity(), a.listened(), value, a.outcome());
                    default ->
                            new Answers(
                                    a.overall(), a.dignity(), a.listened(), a.timeliness(), value);
                };
        IvrStep following = IvrStep.values()[call.step().ordinal() + 1];
        return new Transition(call.withAnswers(given).at(following, IvrNotice.NONE), Effect.NONE);
    }

    private static Transition money(IvrCall call, String keys) {
        return switch (keys) {
            case "1", "2" ->
                    new Transition(
                            call.withMoneyAsked(keys.equals("1"))
                                    .at(IvrStep.COMMENT, IvrNotice.NONE),
                            Effect.STORE_RATING);
            default -> miss(call, IvrNotice.INVALID);
        };
    }
}
