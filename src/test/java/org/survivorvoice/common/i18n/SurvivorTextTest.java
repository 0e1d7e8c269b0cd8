package org.survivorvoice.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SurvivorTextTest {

    @Test
    void turnsIndianScriptDigitsIntoAscii() {
        assertThat(SurvivorText.normalise("०१२३४५६७८९")).isEqualTo("0123456789");
        assertThat(SurvivorText.normalise("০১২৩৪৫৬৭৮৯")).isEqualTo("0123456789");
        assertThat(SurvivorText.normalise("౦౧౨౩౪౫౬౭౮౯")).isEqualTo("0123456789");
    }

    @Test
    void stripsControlAndInvisibleCharactersButKeepsIndicJoiners() {
        String text = "\uFEFF R\u0000 1\u200B2\u20603\u202E \u00AD ক্\u200Dষ\t\n";

        assertThat(SurvivorText.normalise(text)).isEqualTo("R 123  ক্\u200Dষ");
    }

    @Test
    void composesToNfc() {
        assertThat(SurvivorText.normalise("e\u0301")).isEqualTo("\u00E9");
    }

    @Test
    void boundsLengthWithoutSplittingASurrogatePair() {
        String emoji = "\uD83D\uDE00";

        assertThat(SurvivorText.normalise("a" + emoji, 2)).isEqualTo("a");
        assertThat(SurvivorText.normalise("x".repeat(5000))).hasSize(SurvivorText.MAX_LENGTH);
        assertThat(SurvivorText.normalise(null)).isEmpty();
    }

    @Property
    void neverThrowsAndLeavesNoControlCharacters(@ForAll @StringLength(max = 5000) String text) {
        String cleaned = SurvivorText.normalise(text);

        assertThat(cleaned.length()).isLessThanOrEqualTo(SurvivorText.MAX_LENGTH);
        assertThat(cleaned.codePoints().noneMatch(Character::isISOControl)).isTrue();
        assertThat(cleaned.codePoints().noneMatch(cp -> cp == 0x200B || cp == 0xFEFF)).isTrue();
        assertThat(cleaned.chars().noneMatch(c -> c >= 0x0966 && c <= 0x096F)).isTrue();
    }
}
