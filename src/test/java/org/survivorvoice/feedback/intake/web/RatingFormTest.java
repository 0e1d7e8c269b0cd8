package org.survivorvoice.feedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.provider.ProviderCode;

class RatingFormTest {

    private static final String CODE = ProviderCode.withCheckDigit("35519").value();

    private static Map<String, List<String>> form(String... nameValues) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            form.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        return form;
    }

    @Test
    void readsEveryAnswerOfTheSecondStep() {
        RatingForm read =
                RatingForm.read(
                                form(
                                        "step",
                                        "answers",
                                        "code",
                                        CODE,
                                        "overall",
                                        "4",
                                        "dignity",
                                        "5",
                                        "listened",
                                        "",
                                        "timeliness",
                                        "1",
                                        "money",
                                        "no",
                                        "comment",
                                        "  "))
                        .orElseThrow();

        assertThat(read.step()).isEqualTo(RatingForm.Step.ANSWERS);
        assertThat(read.code()).contains(new ProviderCode(CODE));
        assertThat(read.answers()).isEqualTo(new Answers(4, 5, null, 1, null));
        assertThat(read.moneyAsked()).isFalse();
        assertThat(read.comment()).isNull();
        assertThat(read.codeError()).isEmpty();
        assertThat(read.answerErrors()).isEmpty();
    }

    @Test
    void acceptsTheCodeInDevanagariBengaliAndTeluguDigitsWithSpaces() {
        for (int zero : new int[] {0x0966, 0x09E6, 0x0C66}) {
            StringBuilder typed = new StringBuilder(" ");
            for (int i = 0; i < CODE.length(); i++) {
                typed.appendCodePoint(zero + CODE.charAt(i) - '0');
                if (i == 2) {
                    typed.append(' ');
                }
            }
            RatingForm read =
                    RatingForm.read(form("step", "code", "code", typed.toString())).orElseThrow();
            assertThat(read.code()).contains(new ProviderCode(CODE));
            assertThat(read.codeText()).isEqualTo(typed.toString());
        }
    }

    @Test
    void aMistypedOrMissingCodeIsAFieldErrorNotATamperedForm() {
        String swapped = "" + CODE.charAt(1) + CODE.charAt(0) + CODE.substring(2);
        assertThat(RatingForm.read(form("step", "code", "code", swapped)).orElseThrow().codeError())
                .contains("web.error.code-not-recognised");
        assertThat(RatingForm.read(form("step", "code", "code", "12345")).orElseThrow().codeError())
                .contains("web.error.code-not-recognised");
        assertThat(
                        RatingForm.read(form("step", "code", "code", " \u200b "))
                                .orElseThrow()
                                .codeError())
                .contains("web.error.code-required");
        assertThat(RatingForm.read(form("step", "code")).orElseThrow().codeError())
                .contains("web.error.code-required");
    }

    @Test
    void aMissingOverallAnswerAndALongCommentAreFieldErrors() {
        RatingForm read =
                RatingForm.read(
                                form(
                                        "step",
                                        "answers",
                                        "code",
                                        CODE,
                                        "dignity",
                                        "2",
                                        "comment",
                                        "x".repeat(2001)))
                        .orElseThrow();
        assertThat(read.answerErrors())
                .containsEntry("overall", "web.error.answer-required")
                .containsEntry("comment", "web.error.comment-too-long");
        assertThat(read.answer("dignity")).isEqualTo(2);
    }

    @Test
    void refusesWhatNoPageOfOursSends() {
        List<Map<String, List<String>>> tampered =
                List.of(
                        form("step", "answers", "overall", "6"),
                        form("step", "answers", "overall", "0"),
                        form("step", "answers", "listened", "3.0"),
                        form("step", "answers", "outcome", "৫"),
                        form("step", "answers", "money", "perhaps"),
                        form("step", "answers", "overall", "3", "overall", "4"),
                        form("step", "answers", "code", CODE, "code", CODE),
                        form("step", "finish"),
                        form("overall", "3"));
        for (Map<String, List<String>> fields : tampered) {
            assertThat(RatingForm.read(fields)).as(fields.toString()).isEmpty();
        }
        assertThat(RatingForm.read(null)).isEmpty();
    }

    @Test
    void keepsAtMostFortyCharactersOfCodeTextWithoutSplittingASurrogatePair() {
        String typed = "1".repeat(39) + "😄" + "9";
        RatingForm read = RatingForm.read(form("step", "code", "code", typed)).orElseThrow();
        assertThat(read.codeText()).isEqualTo("1".repeat(39));
    }

    @Property(tries = 2000)
    void neverThrowsOnAnyForm(@ForAll("forms") Map<String, List<String>> fields) {
        Optional<RatingForm> read = RatingForm.read(fields);
        read.ifPresent(
                form -> {
                    form.code();
                    form.codeError();
                    form.answerErrors();
                    assertThat(form.answers().inRange()).isTrue();
                });
    }

    @Provide
    Arbitrary<Map<String, List<String>>> forms() {
        Arbitrary<String> names =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                "step",
                                "code",
                                "overall",
                                "dignity",
                                "listened",
                                "timeliness",
                                "outcome",
                                "money",
                                "comment",
                                "lang",
                                "csrf"),
                        Arbitraries.strings().ofMaxLength(10));
        Arbitrary<String> values =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                "code", "answers", "1", "5", "6", "yes", "no", "", CODE, "\u0000"),
                        Arbitraries.strings().all().ofMaxLength(60),
                        Arbitraries.strings().withCharRange('\u0966', '\u0c7f').ofMaxLength(12));
        Arbitrary<List<String>> lists =
                Arbitraries.oneOf(
                        values.list().ofMinSize(0).ofMaxSize(2),
                        Arbitraries.just(Arrays.asList((String) null)));
        return Arbitraries.maps(names, lists).ofMaxSize(12).map(HashMap::new);
    }
}
