package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;

/**
 * The rules the SMS path applies to what {@link SenderQueries} read in one statement, as they were
 * applied to the separate reads before: the language chosen with LANG first, then the oldest
 * survivor's; a rater survivor only when the handset is one survivor's.
 */
class SenderFactsTest {

    @Test
    void theChosenLanguageComesBeforeTheSurvivorsAndAnUnofferedChoiceDoesNotFallBack() {
        assertThat(new SenderFacts(0, false, "hi", 1, 7L, "bn").knownLanguage())
                .contains(SurvivorLanguage.HI);
        assertThat(new SenderFacts(0, false, null, 2, 7L, "bn").knownLanguage())
                .contains(SurvivorLanguage.BN);
        assertThat(new SenderFacts(0, false, "xx", 1, 7L, "bn").knownLanguage()).isEmpty();
        assertThat(new SenderFacts(0, false, null, 0, null, null).knownLanguage()).isEmpty();
        assertThat(SenderFacts.NONE.knownLanguage()).isEmpty();
    }

    @Test
    void aHandsetSharedBySeveralSurvivorsRatesAsNoneOfThem() {
        assertThat(new SenderFacts(0, false, null, 1, 7L, "bn").soleSurvivorId()).isEqualTo(7L);
        assertThat(new SenderFacts(0, false, null, 2, 7L, "bn").soleSurvivorId()).isNull();
        assertThat(SenderFacts.NONE.soleSurvivorId()).isNull();
    }
}
