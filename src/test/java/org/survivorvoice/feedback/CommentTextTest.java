package org.survivorvoice.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void stripsControlAndZeroWidthCharactersButKeepsIndicJoiners() {
        String text = "  ভালো\u0000 ব্যবহার\u200B\n করেছে\u200D  ";

        assertThat(CommentText.clean(text, 100)).isEqualTo("ভালো ব্যবহার করেছে\u200D");
    }

    @Test
    void masksPhoneNumbersInAnyScript() {
        assertThat(CommentText.clean("call me on +91 98765-43210 please", 100))
                .isEqualTo("call me on [number removed] please");
        assertThat(CommentText.clean("নম্বর ৯৮৭৬৫৪৩২১০", 100)).isEqualTo("নম্বর [number removed]");
        assertThat(CommentText.clean("waited 3 days, paid 500", 100))
                .isEqualTo("waited 3 days, paid 500");
    }

    @Test
    void emptyAfterCleaningIsNull() {
        assertThat(CommentText.clean("\u200B \u0007 ", 100)).isNull();
        assertThat(CommentText.clean(null, 100)).isNull();
    }

    @Property
    void neverThrowsAndStaysWithinLength(@ForAll @StringLength(max = 5000) String text) {
        String cleaned = CommentText.clean(text, 2000);
        if (cleaned != null) {
            assertThat(cleaned.length()).isLessThanOrEqualTo(2000);
            assertThat(cleaned.codePoints().noneMatch(Character::isISOControl)).isTrue();
        }
    }
}
