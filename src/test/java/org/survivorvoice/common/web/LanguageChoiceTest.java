package org.survivorvoice.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;

class LanguageChoiceTest {

    @Test
    void anExplicitChoiceWinsAndIsRemembered() {
        assertThat(LanguageChoice.of("te", "bn", "hi-IN"))
                .isEqualTo(new LanguageChoice(SurvivorLanguage.TE, true, false));
    }

    @Test
    void thenTheRememberedLanguageThenTheBrowsersThenEnglish() {
        assertThat(LanguageChoice.of(null, "bn", "hi-IN"))
                .isEqualTo(new LanguageChoice(SurvivorLanguage.BN, false, false));
        assertThat(LanguageChoice.of("xx", "fr", "fr-FR, te;q=0.8, hi;q=0.5"))
                .isEqualTo(new LanguageChoice(SurvivorLanguage.TE, false, true));
        assertThat(LanguageChoice.of("", null, "fr-FR,de"))
                .isEqualTo(new LanguageChoice(SurvivorLanguage.EN, false, true));
        assertThat(LanguageChoice.of(null, null, null))
                .isEqualTo(new LanguageChoice(SurvivorLanguage.EN, false, true));
    }

    @Test
    void ignoresAnOverlongAcceptLanguageHeader() {
        assertThat(LanguageChoice.fromAcceptLanguage("x,".repeat(150) + "bn")).isEmpty();
        assertThat(LanguageChoice.fromAcceptLanguage(";;,,-")).isEmpty();
    }
}
