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
import org.survivorvoice.provider.ProviderCode;

class IvrFlowTest {

    private static final String CODE = ProviderCode.withCheckDigit("12345").value();
    private static final Predicate<String> KNOWN = CODE::equals;

    @Test
    void walksTheWholeIncomingCall() {
        IvrCall call = IvrFlow.start(null);
        assertThat(call.step()).isEqualTo(IvrStep.LANGUAGE);

        call = press(call, "2", Effect.NONE);
        assertThat(call.language()).isEqualTo(SurvivorLanguage.BN);
        assertThat(call.step()).isEqualTo(IvrStep.CODE);
        call = press(call, CODE + "#", Effect.NONE);
        assertThat(call.step()).isEqualTo(IvrStep.CONFIRM);
        call = press(call, "1", Effect.NONE);
        for (String answer : List.of("4", "5", "3", "2", "1")) {
            call = press(call, answer, Effect.NONE);
        }
        assertThat(call.step()).isEqualTo(IvrStep.MONEY);
        call = press(call, "1", Effect.STORE_RATING);
        assertThat(call.step()).isEqualTo(IvrStep.COMMENT);
        assertThat(call.answers()).isEqualTo(new Answers(4, 5, 3, 2, 1));
        assertThat(call.moneyAsked()).isTrue();
        Transition done = IvrFlow.commentDone(call);
        assertThat(done.call().step()).isEqualTo(IvrStep.THANKS);
        assertThat(done.call().version()).isEqualTo(call.version() + 1);
    }

    @Test
    void aKnownLanguageSkipsTheMenu() {
        assertThat(IvrFlow.start(SurvivorLanguage.TE).step()).isEqualTo(IvrStep.CODE);
    }

    @Test
    void aBadCodeIsRepromptedOnceThenTheCallEnds() {
        IvrCall call = IvrFlow.start(SurvivorLanguage.EN);
        String bad = CODE.substring(0, 5) + (char) ('0' + (CODE.charAt(5) - '0' + 1) % 10);

        call = press(call, bad + "#", Effect.NONE);
        assertThat(call.step()).isEqualTo(IvrStep.CODE);
        assertThat(call.notice()).isEqualTo(IvrNotice.CODE_NOT_RECOGNISED);
        call = press(call, ProviderCode.withCheckDigit("99999").value(), Effect.NONE);
        assertThat(call.step()).isEqualTo(IvrStep.GOODBYE);
    }

    @Test
    void twoTimeoutsEndPolitelyAndKeepTheAnswersGiven() {
        IvrCall call = IvrFlow.start(SurvivorLanguage.HI);
        call = press(call, CODE, Effect.NONE);
        call = press(call, "1", Effect.NONE);
        call = press(call, "5", Effect.NONE);

        call = press(call, null, Effect.NONE);
        assertThat(call.step()).isEqualTo(IvrStep.DIGNITY);
        assertThat(call.retries()).isEqualTo(1);
        Transition end = IvrFlow.next(call, null, KNOWN);

        assertThat(end.call().step()).isEqualTo(IvrStep.GOODBYE);
        assertThat(end.effect()).isEqualTo(Effect.STORE_RATING);
        assertThat(end.call().answers().overall()).isEqualTo(5);
    }

    @Test
    void aTimeoutBeforeAnyAnswerStoresNothing() {
        IvrCall call = IvrFlow.start(null);
        call = press(call, "", Effect.NONE);
        Transition end = IvrFlow.next(call, "7", KNOWN);

        assertThat(end.call().step()).isEqualTo(IvrStep.GOODBYE);
        assertThat(end.effect()).isEqualTo(Effect.NONE);
    }

    @Test
    void nineOptsOutAtAnyStep() {
        IvrCall call = IvrFlow.start(null);
        for (String keys : List.of("2", CODE, "1", "3")) {
            Transition out = IvrFlow.next(call, "9", KNOWN);
            assertThat(out.effect()).isEqualTo(Effect.OPT_OUT);
            assertThat(out.call().step()).isEqualTo(IvrStep.OPTED_OUT);
            call = IvrFlow.next(call, keys, KNOWN).call();
        }
        assertThat(IvrFlow.next(call, "9#", KNOWN).effect()).isEqualTo(Effect.OPT_OUT);
    }

    @Test
    void zeroAtAnyStepNotesACallbackAndKeepsARatingBegunAsAGoodbyeDoes() {
        IvrCall call = IvrFlow.start(null);
        List<String> keys = List.of("2", CODE, "1", "4", "3", "5", "2", "1", "2");
        for (int i = 0; i < keys.size(); i++) {
            boolean begun = call.hasRating();
            Transition noted = IvrFlow.next(call, i % 2 == 0 ? "0" : "0#", KNOWN);
            assertThat(noted.call().step())
                    .as("at %s", call.step())
                    .isEqualTo(IvrStep.CALLBACK_NOTED);
            assertThat(noted.call().step().isFinal()).isTrue();
            assertThat(noted.call().version()).isEqualTo(call.version() + 1);
            assertThat(noted.effect())
                    .as("at %s", call.step())
                    .isEqualTo(
                            begun
                                    ? Effect.STORE_RATING_AND_REQUEST_CALLBACK
                                    : Effect.REQUEST_CALLBACK);
            assertThat(noted.call().answers()).isEqualTo(call.answers());
            call = IvrFlow.next(call, keys.get(i), KNOWN).call();
        }
        assertThat(call.step()).isEqualTo(IvrStep.COMMENT);
        assertThat(IvrFlow.next(call, "0", KNOWN).effect())
                .as("stored already with the money answer")
                .isEqualTo(Effect.REQUEST_CALLBACK);
    }

    @Test
    void aNotedCallbackEndsTheCallForGood() {
        IvrCall noted = IvrFlow.next(IvrFlow.start(SurvivorLanguage.BN), "0", KNOWN).call();

        assertThat(IvrFlow.next(noted, "0", KNOWN)).isEqualTo(new Transition(noted, Effect.NONE));
        assertThat(IvrFlow.next(noted, "9", KNOWN).effect()).isEqualTo(Effect.NONE);
        assertThat(IvrFlow.hungUp(noted)).isEqualTo(new Transition(noted, Effect.NONE));
        assertThat(IvrFlow.commentDone(noted).effect()).isEqualTo(Effect.NONE);
    }

    @Test
    void theOfferToCallBackComesOnceWithTheChosenLanguage() {
        IvrCall code = press(IvrFlow.start(null), "3", Effect.NONE);
        assertThat(code.notice()).isEqualTo(IvrNotice.CALLBACK_OFFER);

        IvrCall again = press(code, null, Effect.NONE);
        assertThat(again.step()).isEqualTo(IvrStep.CODE);
        assertThat(again.notice()).as("not repeated").isEqualTo(IvrNotice.NONE);
        assertThat(press(code, CODE, Effect.NONE).notice()).isEqualTo(IvrNotice.NONE);
        assertThat(IvrFlow.start(SurvivorLanguage.TE).notice())
                .as("said with the welcome when her language is known")
                .isEqualTo(IvrNotice.NONE);
    }

    @Test
    void twoAtConfirmEntersTheCodeAgain() {
        IvrCall call = press(IvrFlow.start(SurvivorLanguage.EN), CODE, Effect.NONE);

        call = press(call, "2", Effect.NONE);

        assertThat(call.step()).isEqualTo(IvrStep.CODE);
        assertThat(call.providerCode()).isNull();
    }

    @Property
    void anyKeysKeepAnswersInRangeAndEndTheCall(@ForAll("keyPresses") List<String> presses) {
        IvrCall call = IvrFlow.start(null);
        int stores = 0;
        for (String keys : presses) {
            Transition t = IvrFlow.next(call, keys, KNOWN);
            assertThat(t.call().version()).isGreaterThanOrEqualTo(call.version());
            if (t.effect().storesRating()) {
                stores++;
                assertThat(t.call().hasRating()).isTrue();
            }
            call = t.call();
            assertThat(call.answers().inRange()).isTrue();
            assertThat(call.retries()).isBetween(0, IvrFlow.MAX_RETRIES);
        }
        assertThat(stores).isLessThanOrEqualTo(1);
    }

    @Provide
    Arbitrary<List<String>> keyPresses() {
        return Arbitraries.oneOf(
                        Arbitraries.of("1", "2", "3", "4", "5", "6", "0", "#", "*", "", CODE),
                        Arbitraries.strings().withChars("0123456789#*").ofMaxLength(10),
                        Arbitraries.just((String) null))
                .list()
                .ofMaxSize(30);
    }

    private static IvrCall press(IvrCall call, String keys, Effect expected) {
        Transition t = IvrFlow.next(call, keys, KNOWN);
        assertThat(t.effect()).isEqualTo(expected);
        return t.call();
    }
}
