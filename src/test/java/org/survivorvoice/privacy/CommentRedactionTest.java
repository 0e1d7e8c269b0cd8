package org.survivorvoice.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CommentRedactionTest {

    private final CommentRedaction redaction =
            new CommentRedaction(
                    List.of("North 24 Parganas", "Basirhat", "Hingalganj", "Guntur"),
                    List.of("Thana Haroa", "Sub-divisional Hospital Basirhat"));

    @Test
    void removesPhoneNumbersAndCaseNumbersInAnyScript() {
        assertThat(redaction.redact("call me on 98300 55551 or +91-98300-55551"))
                .isEqualTo("call me on [number] or [number]");
        assertThat(redaction.redact("FIR no. ১২৩/২০২৬ registered"))
                .isEqualTo("FIR no. [number] registered");
        assertThat(redaction.redact("केस ४५६ दर्ज")).isEqualTo("केस [number] दर्ज");
        assertThat(redaction.redact("room ౩౪")).isEqualTo("room [number]");
    }

    @Test
    void removesKnownPlacesAndProvidersIgnoringCase() {
        assertThat(redaction.redact("the thana haroa people sent me to basirhat"))
                .isEqualTo("the [name] people sent me to [place]");
        assertThat(redaction.redact("I went from north 24 parganas to the hospital"))
                .isEqualTo("I went from [place] to the hospital");
    }

    @Test
    void removesNamesAfterHonorificsAndBeforeJi() {
        assertThat(redaction.redact("Shri Ramesh Kumar listened")).isEqualTo("[name] listened");
        assertThat(redaction.redact("the officer Mr. Das helped"))
                .isEqualTo("the officer [name] helped");
        assertThat(redaction.redact("smt lakshmi was kind")).isEqualTo("[name] was kind");
        assertThat(redaction.redact("asked for money, ramesh ji"))
                .isEqualTo("asked for money, [name]");
        assertThat(redaction.redact("श्री रमेश ने मदद की")).isEqualTo("[name] ने मदद की");
        assertThat(redaction.redact("লক্ষ্মী জি ভালো")).isEqualTo("[name] ভালো");
    }

    @Test
    void takesCapitalisedWordsMidSentenceForNames() {
        assertThat(redaction.redact("the constable Suresh Yadav shouted at me"))
                .isEqualTo("the constable [name] shouted at me");
        assertThat(redaction.redact("Very good. Anita came on time"))
                .isEqualTo("Very good. [name] came on time");
        assertThat(redaction.redact("They sent me away. Priya Devi did not"))
                .isEqualTo("They sent me away. [name] did not");
        assertThat(redaction.redact("the Police were kind")).isEqualTo("the Police were kind");
    }

    @Test
    void keepsPlainTextAndNull() {
        assertThat(redaction.redact("they listened and helped quickly"))
                .isEqualTo("they listened and helped quickly");
        assertThat(redaction.redact(null)).isNull();
    }

    /** SCORING.md: comments reach officials only with numbers removed; no digit may survive. */
    @Property(tries = 1000)
    void noDigitSurvives(@ForAll("comments") String comment) {
        String redacted = redaction.redact(comment);
        assertThat(redacted.codePoints().filter(Character::isDigit)).isEmpty();
        assertThat(
                        redacted.codePoints()
                                .filter(cp -> Character.getType(cp) == Character.OTHER_NUMBER))
                .isEmpty();
    }

    /** Dictionary names never survive, whatever surrounds them and however they are cased. */
    @Property(tries = 500)
    void knownPlacesNeverSurvive(
            @ForAll("words") String before, @ForAll("words") String after, @ForAll boolean upper) {
        String place = upper ? "HINGALGANJ" : "Hingalganj";
        String redacted = redaction.redact(before + " " + place + ", " + after);
        assertThat(redacted.toLowerCase()).doesNotContain("hingalganj");
    }

    @Provide
    Arbitrary<String> comments() {
        Arbitrary<String> digits =
                Arbitraries.strings()
                        .withChars("0123456789०१२३४५६७८९০১২৩৪৫৬৭৮৯౦౧౨౩౪౫౬౭౮౯٠١٢٣٤٥٦٧٨٩０１２３４５６７８９²½")
                        .ofMinLength(1)
                        .ofMaxLength(12);
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<String> separators = Arbitraries.of(" ", "-", ".", "/", "", "+", "\u200b", "a");
        return Combinators.combine(text, digits, separators, digits, text)
                .as((a, d1, s, d2, b) -> a + d1 + s + d2 + b);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().alpha().ofMaxLength(12);
    }
}
