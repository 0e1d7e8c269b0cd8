package org.survivorvoice.safetydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The detector's word matching on examples a reviewer can read. */
class SignalDetectorTest {

    private final SignalDetector detector =
            new SignalDetector(
                    List.of("threat", "help me", "धमकी", "মারধর", "బెదిరి"),
                    List.of("help me", "মদদ", "সাহায্য"));

    @Test
    void theLastWordOfAnEntryMatchesTheStartOfAWrittenWord() {
        assertThat(detector.ofRating(3, false, "He THREATENED me"))
                .containsExactly(CaseSignal.DANGER_WORDS);
        assertThat(detector.ofRating(3, false, "They helped me a lot")).isEmpty();
        assertThat(detector.ofRating(3, false, "please help me")).contains(CaseSignal.DANGER_WORDS);
    }

    @Test
    void invisibleCharactersAndEmojiDoNotHideAWord() {
        assertThat(detector.ofRating(4, null, "उसने ध\u200Bमकी दी 😡"))
                .containsExactly(CaseSignal.DANGER_WORDS);
        assertThat(detector.ofRating(4, null, "ও\u200Dমা\u200Cরধর")).isEmpty();
        assertThat(detector.ofRating(4, null, "মা\u200Cরধর করেছে"))
                .containsExactly(CaseSignal.DANGER_WORDS);
        assertThat(detector.ofRating(4, null, "వాళ్లు బెదిరించారు"))
                .containsExactly(CaseSignal.DANGER_WORDS);
    }

    @Test
    void theLowestOverallCountsOnlyWithAComment() {
        assertThat(detector.ofRating(1, false, "  ")).isEmpty();
        assertThat(detector.ofRating(1, false, "late"))
                .containsExactly(CaseSignal.LOWEST_RATING_WITH_COMMENT);
        assertThat(detector.ofRating(null, true, null)).containsExactly(CaseSignal.MONEY_ASKED);
    }

    @Test
    void aHelpWordMustOpenTheMessage() {
        assertThat(detector.ofMessage("HELP ME"))
                .containsExactlyInAnyOrder(CaseSignal.HELP_REQUESTED, CaseSignal.DANGER_WORDS);
        assertThat(detector.ofMessage("সাহায্য")).containsExactly(CaseSignal.HELP_REQUESTED);
        assertThat(detector.ofMessage("HELP")).isEmpty();
        assertThat(detector.ofMessage("I do not need সাহায্য")).isEmpty();
        assertThat(detector.ofMessage(null)).isEmpty();
    }
}
