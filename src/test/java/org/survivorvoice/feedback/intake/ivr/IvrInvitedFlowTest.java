package org.survivorvoice.feedback.intake.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.feedback.intake.ivr.IvrCall.IvrNotice;
import org.survivorvoice.feedback.intake.ivr.IvrFlow.Effect;
import org.survivorvoice.feedback.intake.ivr.IvrFlow.Transition;

/** The flow of a call placed for an invitation, and the end of any call by hang-up. */
class IvrInvitedFlowTest {

    private static final String PIN = "4821";
    private static final Predicate<String> HERS = PIN::equals;
    private static final String CODE = "123457";

    @Test
    void walksTheWholeInvitedCall() {
        IvrCall call = IvrFlow.startInvited(SurvivorLanguage.HI, CODE);
        assertThat(call.step()).isEqualTo(IvrStep.PIN);

        call = press(call, PIN + "#", Effect.NONE);
        assertThat(call.step()).isEqualTo(IvrStep.OVERALL);
        for (String answer : List.of("1", "2", "3", "4", "5")) {
            call = press(call, answer, Effect.NONE);
        }
        call = press(call, "2", Effect.STORE_RATING);

        assertThat(call.step()).as("no recorded comment on these calls").isEqualTo(IvrStep.THANKS);
        assertThat(call.answers()).isEqualTo(new Answers(1, 2, 3, 4, 5));
        assertThat(call.moneyAsked()).isFalse();
        assertThat(call.providerCode()).isEqualTo(CODE);
    }

    @Test
    void aWrongPinIsAskedAgainOnceThenTheCallEnds() {
        IvrCall call = IvrFlow.startInvited(SurvivorLanguage.EN, CODE);

        call = press(call, "1111", Effect.NONE);
        assertThat(call.step()).isEqualTo(IvrStep.PIN);
        assertThat(call.notice()).isEqualTo(IvrNotice.PIN_WRONG);
        call = press(call, "2222", Effect.NONE);

        assertThat(call.step()).isEqualTo(IvrStep.PIN_FAILED);
        assertThat(call.step().isFinal()).isTrue();
        assertThat(IvrFlow.nextInvited(call, PIN, HERS).call()).isEqualTo(call);
    }

    @Test
    void aWrongPinThenTheRightOneGoesOn() {
        IvrCall call = IvrFlow.startInvited(SurvivorLanguage.EN, CODE);
        call = press(call, "0000", Effect.NONE);
        call = press(call, PIN, Effect.NONE);
        assertThat(call.step()).isEqualTo(IvrStep.OVERALL);
        assertThat(call.retries()).isZero();
    }

    @Test
    void zeroAtThePinIsAWrongPinNotACallback() {
        IvrCall call = IvrFlow.startInvited(SurvivorLanguage.BN, CODE);

        call = press(call, "0", Effect.NONE);
        assertThat(call.step()).isEqualTo(IvrStep.PIN);
        assertThat(call.notice()).isEqualTo(IvrNotice.PIN_WRONG);
        assertThat(press(call, "0#", Effect.NONE).step()).isEqualTo(IvrStep.PIN_FAILED);
    }

    @Test
    void zeroAfterThePinNotesACallbackKeepingTheAnswersBegun() {
        IvrCall overall = press(IvrFlow.startInvited(SurvivorLanguage.HI, CODE), PIN, Effect.NONE);
        assertThat(overall.notice()).isEqualTo(IvrNotice.CALLBACK_OFFER);

        Transition early = IvrFlow.nextInvited(overall, "0", HERS);
        assertThat(early.effect()).isEqualTo(Effect.REQUEST_CALLBACK);
        assertThat(early.call().step()).isEqualTo(IvrStep.CALLBACK_NOTED);

        IvrCall money = overall;
        for (String answer : List.of("2", "3", "4", "5", "1")) {
            money = press(money, answer, Effect.NONE);
        }
        assertThat(money.notice()).isEqualTo(IvrNotice.NONE);
        Transition late = IvrFlow.nextInvited(money, "0#", HERS);
        assertThat(late.effect()).isEqualTo(Effect.STORE_RATING_AND_REQUEST_CALLBACK);
        assertThat(late.call().step()).isEqualTo(IvrStep.CALLBACK_NOTED);
        assertThat(late.call().answers()).isEqualTo(new Answers(2, 3, 4, 5, 1));
    }

    @Test
    void zeroAfterTheFollowUpsPinNotesACallback() {
        IvrCall change =
                IvrFlow.nextFollowUp(IvrFlow.startInvited(SurvivorLanguage.TE, null), PIN, HERS)
                        .call();
        assertThat(change.step()).isEqualTo(IvrStep.CHANGE);
        assertThat(change.notice()).isEqualTo(IvrNotice.CALLBACK_OFFER);

        Transition noted = IvrFlow.nextFollowUp(change, "0", HERS);

        assertThat(noted.effect()).isEqualTo(Effect.REQUEST_CALLBACK);
        assertThat(noted.call().step()).isEqualTo(IvrStep.CALLBACK_NOTED);
        assertThat(
                        IvrFlow.nextFollowUp(
                                        IvrFlow.startInvited(SurvivorLanguage.TE, null), "0", HERS)
                                .call()
                                .step())
                .as("not before the PIN")
                .isEqualTo(IvrStep.PIN);
    }

    @Property
    void nineOptsOutAtEveryStep(@ForAll("steps") IvrStep step) {
        IvrCall call =
                new IvrCall(
                        step, SurvivorLanguage.BN, CODE, Answers.NONE, null, 0, 3, IvrNotice.NONE);
        Transition out = IvrFlow.nextInvited(call, "9", HERS);
        assertThat(out.effect()).isEqualTo(Effect.OPT_OUT);
        assertThat(out.call().step()).isEqualTo(IvrStep.OPTED_OUT);
    }

    @Provide
    Arbitrary<IvrStep> steps() {
        return Arbitraries.of(
                IvrStep.PIN,
                IvrStep.OVERALL,
                IvrStep.DIGNITY,
                IvrStep.LISTENED,
                IvrStep.TIMELINESS,
                IvrStep.OUTCOME,
                IvrStep.MONEY);
    }

    @Test
    void aHangUpKeepsABegunRatingOnly() {
        IvrCall atPin = IvrFlow.startInvited(SurvivorLanguage.EN, CODE);
        assertThat(IvrFlow.hungUp(atPin).effect()).isEqualTo(Effect.NONE);
        assertThat(IvrFlow.hungUp(atPin).call().step()).isEqualTo(IvrStep.GOODBYE);

        IvrCall begun = press(press(atPin, PIN, Effect.NONE), "3", Effect.NONE);
        Transition ended = IvrFlow.hungUp(begun);
        assertThat(ended.effect()).isEqualTo(Effect.STORE_RATING);
        assertThat(ended.call().answers().overall()).isEqualTo(3);
        assertThat(ended.call().version()).isEqualTo(begun.version() + 1);

        assertThat(IvrFlow.hungUp(ended.call()).effect())
                .as("a second callback changes nothing")
                .isEqualTo(Effect.NONE);
        IvrCall atComment =
                new IvrCall(
                        IvrStep.COMMENT,
                        SurvivorLanguage.EN,
                        CODE,
                        new Answers(3, null, null, null, null),
                        true,
                        0,
                        9,
                        IvrNotice.NONE);
        assertThat(IvrFlow.hungUp(atComment).effect())
                .as("stored already with the money answer")
                .isEqualTo(Effect.NONE);
    }

    private static IvrCall press(IvrCall call, String digits, Effect expected) {
        Transition t = IvrFlow.nextInvited(call, digits, HERS);
        assertThat(t.effect()).isEqualTo(expected);
        return t.call();
    }
}
