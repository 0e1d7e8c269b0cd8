package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.feedback.intake.sms.SmsCommand.AskForHelp;
import org.survivorvoice.feedback.intake.sms.SmsCommand.ChangeLanguage;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Help;
import org.survivorvoice.feedback.intake.sms.SmsCommand.MalformedRating;
import org.survivorvoice.feedback.intake.sms.SmsCommand.QuestionAnswer;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Rate;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Start;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Stop;
import org.survivorvoice.feedback.intake.sms.SmsCommand.Unknown;
import org.survivorvoice.feedback.intake.sms.SmsCommand.UnrecognisedCode;
import org.survivorvoice.provider.ProviderCode;
import org.survivorvoice.safetydesk.SignalDetector;

class SmsGrammarTest {

    /** A valid provider code (Verhoeff check digit 5). */
    private static final String CODE = ProviderCode.withCheckDigit("12345").value();

    private static final String BAD_CODE =
            CODE.substring(0, 5) + (char) ('0' + (CODE.charAt(5) - '0' + 1) % 10);

    private final SmsGrammar grammar =
            new SmsGrammar(
                    SmsKeywords.of(List.of("रेट", "রেট", "రేట్"), List.of("बंद", "বন্ধ")),
                    new SignalDetector(List.of(), List.of("help me", "मदद", "সাহায্য", "సహాయం")));

    @Test
    void readsAMinimalRating() {
        Rate rate = (Rate) grammar.parse("R " + CODE + " 4");

        assertThat(rate.code().value()).isEqualTo(CODE);
        assertThat(rate.answers()).isEqualTo(new Answers(4, null, null, null, null));
        assertThat(rate.moneyAsked()).isNull();
        assertThat(rate.comment()).isNull();
    }

    @Test
    void readsAFullRatingWithMoneyAndComment() {
        Rate rate = (Rate) grammar.parse("  rate, " + CODE + ". 2 1 3 4 5 y  they asked, for 500.");

        assertThat(rate.answers()).isEqualTo(new Answers(2, 1, 3, 4, 5));
        assertThat(rate.moneyAsked()).isTrue();
        assertThat(rate.comment()).isEqualTo("they asked, for 500.");
    }

    @Test
    void readsRatingsInIndianScriptsWithLocalKeywords() {
        String bengaliCode = toScript(CODE, 0x09E6);
        Rate bengali = (Rate) grammar.parse("রেট " + bengaliCode + " ৫ ৪ ৪ ৩ ২ N ভালো ব্যবহার");
        Rate hindi = (Rate) grammar.parse("रेट " + toScript(CODE, 0x0966) + " ३। N");
        Rate telugu = (Rate) grammar.parse("రేట్ " + toScript(CODE, 0x0C66) + " ౧");

        assertThat(bengali.answers()).isEqualTo(new Answers(5, 4, 4, 3, 2));
        assertThat(bengali.moneyAsked()).isFalse();
        assertThat(bengali.comment()).isEqualTo("ভালো ব্যবহার");
        assertThat(hindi.answers().overall()).isEqualTo(3);
        assertThat(hindi.moneyAsked()).isFalse();
        assertThat(telugu.answers().overall()).isEqualTo(1);
        assertThat(telugu.code().value()).isEqualTo(CODE);
    }

    @Test
    void takesFewerThanFourOptionalAnswersInOrder() {
        Rate rate = (Rate) grammar.parse("R" + CODE + " 4 5 3 Y");

        assertThat(rate.answers()).isEqualTo(new Answers(4, 5, 3, null, null));
        assertThat(rate.moneyAsked()).isTrue();
    }

    @Test
    void aNumberAfterFourAnswersStartsTheComment() {
        Rate rate = (Rate) grammar.parse("R " + CODE + " 4 4 4 4 4 500 rupees");

        assertThat(rate.comment()).isEqualTo("500 rupees");
        assertThat(rate.moneyAsked()).isNull();
    }

    @Test
    void aBadCheckDigitIsNotRecognisedNeverMatched() {
        assertThat(grammar.parse("R " + BAD_CODE + " 4")).isInstanceOf(UnrecognisedCode.class);
        assertThat(grammar.parse("R 12345 4")).isInstanceOf(UnrecognisedCode.class);
        assertThat(grammar.parse("R 0" + CODE.substring(1) + " 4"))
                .isInstanceOf(UnrecognisedCode.class);
    }

    @Test
    void aRatingWithoutAValidOverallIsMalformed() {
        assertThat(grammar.parse("R")).isInstanceOf(MalformedRating.class);
        assertThat(grammar.parse("R abc 4")).isInstanceOf(MalformedRating.class);
        assertThat(grammar.parse("R " + CODE)).isInstanceOf(MalformedRating.class);
        assertThat(grammar.parse("R " + CODE + " 6")).isInstanceOf(MalformedRating.class);
        assertThat(grammar.parse("R " + CODE + " 0")).isInstanceOf(MalformedRating.class);
        assertThat(grammar.parse("R " + CODE + " 4 9")).isInstanceOf(MalformedRating.class);
        assertThat(grammar.parse("R " + CODE + " good")).isInstanceOf(MalformedRating.class);
    }

    @Test
    void readsBareAnswers() {
        assertThat(grammar.parse(" 1. ")).isEqualTo(new QuestionAnswer(1, true));
        assertThat(grammar.parse("২")).isEqualTo(new QuestionAnswer(2, false));
        assertThat(grammar.parse("५")).isEqualTo(new QuestionAnswer(5, null));
        assertThat(grammar.parse("yes")).isEqualTo(new QuestionAnswer(null, true));
        assertThat(grammar.parse("n")).isEqualTo(new QuestionAnswer(null, false));
        assertThat(grammar.parse("6")).isInstanceOf(Unknown.class);
        assertThat(grammar.parse("0")).isInstanceOf(Unknown.class);
    }

    @Test
    void readsHelpMeAndLocalHelpWordsAsAskingForHelpBeforeBareHelp() {
        assertThat(grammar.parse("HELP ME")).isInstanceOf(AskForHelp.class);
        assertThat(grammar.parse("  help me, please")).isInstanceOf(AskForHelp.class);
        assertThat(grammar.parse("সাহায্য")).isInstanceOf(AskForHelp.class);
        assertThat(grammar.parse("मदद चाहिए")).isInstanceOf(AskForHelp.class);
        assertThat(grammar.parse("సహాయం చేయండి")).isInstanceOf(AskForHelp.class);
        assertThat(grammar.parse("help")).isInstanceOf(Help.class);
        assertThat(grammar.parse("HELP RATE")).isInstanceOf(Help.class);
        assertThat(grammar.parse("R " + CODE + " 1 help me")).isInstanceOf(Rate.class);
        assertThat(grammar.parse("they hit me, help me")).isInstanceOf(Unknown.class);
    }

    @Test
    void readsServiceWords() {
        assertThat(grammar.parse("help")).isInstanceOf(Help.class);
        assertThat(grammar.parse("?")).isInstanceOf(Help.class);
        assertThat(grammar.parse("Stop")).isInstanceOf(Stop.class);
        assertThat(grammar.parse("unsubscribe")).isInstanceOf(Stop.class);
        assertThat(grammar.parse("বন্ধ")).isInstanceOf(Stop.class);
        assertThat(grammar.parse("START")).isInstanceOf(Start.class);
        assertThat(grammar.parse("lang bn")).isEqualTo(new ChangeLanguage(SurvivorLanguage.BN));
        assertThat(grammar.parse("LANG  te.")).isEqualTo(new ChangeLanguage(SurvivorLanguage.TE));
        assertThat(grammar.parse("LANG fr")).isInstanceOf(Unknown.class);
        assertThat(grammar.parse("LANG")).isInstanceOf(Unknown.class);
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(grammar.parse("")).isInstanceOf(Unknown.class);
        assertThat(grammar.parse(null)).isInstanceOf(Unknown.class);
        assertThat(grammar.parse("\u0000\u200B")).isInstanceOf(Unknown.class);
        assertThat(grammar.parse("hello there")).isInstanceOf(Unknown.class);
        assertThat(grammar.parse("😀")).isInstanceOf(Unknown.class);
    }

    @Property(tries = 2000)
    void neverThrowsOnArbitraryUnicode(@ForAll("messages") String message) {
        assertValid(grammar.parse(message));
    }

    @Property(tries = 2000)
    void neverThrowsOnMessagesMadeOfGrammarTokens(@ForAll("tokenSoup") String message) {
        assertValid(grammar.parse(message));
    }

    @Property(tries = 200)
    void neverThrowsOnAnyJavaString(@ForAll @StringLength(max = 5000) String message) {
        assertValid(grammar.parse(message));
    }

    @Provide
    Arbitrary<String> messages() {
        Arbitrary<String> pieces =
                Arbitraries.oneOf(
                        Arbitraries.strings().withCharRange('\u0900', '\u097F').ofMaxLength(8),
                        Arbitraries.strings().withCharRange('\u0980', '\u09FF').ofMaxLength(8),
                        Arbitraries.strings().withCharRange('\u0C00', '\u0C7F').ofMaxLength(8),
                        Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(3),
                        Arbitraries.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u0000"),
                        Arbitraries.of("😀", "🙏🏽", "👩‍👧", "\uD83D", "\uDE00"),
                        Arbitraries.strings().ascii().ofMaxLength(8),
                        Arbitraries.strings().all().ofMaxLength(8),
                        Arbitraries.of(" ", ",", ".", "।", "  "));
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(40).map(l -> String.join("", l)),
                pieces.list().ofMinSize(600).ofMaxSize(1000).map(l -> String.join("", l)),
                Arbitraries.strings().all().ofLength(5000));
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        Arbitrary<String> tokens =
                Arbitraries.oneOf(
                        Arbitraries.of("R", "r", "RATE", "रेट", "রেট", "HELP", "?", "STOP"),
                        Arbitraries.of("START", "LANG", "hi", "bn", "Y", "N", "yes", "no"),
                        Arbitraries.of(CODE, BAD_CODE, toScript(CODE, 0x0966), "R" + CODE),
                        Arbitraries.integers().between(-3, 12).map(String::valueOf),
                        Arbitraries.longs().map(String::valueOf),
                        Arbitraries.of("০", "১", "৫", "৬", "౩", "९", "\u200B", "😀", "\u0000"));
        Arbitrary<String> separators = Arbitraries.of(" ", ",", ".", " , ", "।", "", "\t");
        return tokens.list()
                .ofMaxSize(12)
                .flatMap(
                        list ->
                                separators
                                        .list()
                                        .ofSize(list.size())
                                        .map(
                                                seps -> {
                                                    StringBuilder b = new StringBuilder();
                                                    for (int i = 0; i < list.size(); i++) {
                                                        b.append(list.get(i)).append(seps.get(i));
                                                    }
                                                    return b.toString();
                                                }));
    }

    private static void assertValid(SmsCommand command) {
        assertThat(command).isNotNull();
        if (command instanceof Rate rate) {
            assertThat(rate.answers().inRange()).isTrue();
            assertThat(rate.answers().overall()).isBetween(1, 5);
            assertThat(ProviderCode.parse(rate.code().value())).isPresent();
            if (rate.comment() != null) {
                assertThat(rate.comment()).isNotBlank();
                assertThat(rate.comment().codePoints().noneMatch(Character::isISOControl)).isTrue();
            }
        }
        if (command instanceof QuestionAnswer answer && answer.scale() != null) {
            assertThat(answer.scale()).isBetween(1, 5);
        }
    }

    private static String toScript(String asciiDigits, int zero) {
        StringBuilder b = new StringBuilder();
        asciiDigits.chars().forEach(c -> b.appendCodePoint(zero + c - '0'));
        return b.toString();
    }
}
