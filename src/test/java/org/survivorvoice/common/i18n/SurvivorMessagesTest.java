package org.survivorvoice.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurvivorMessagesTest {

    /**
     * Words a survivor's texts never carry, in every language: someone else may read her phone or
     * hear the call. Each bundle is checked against every language's list.
     */
    private static final List<String> BANNED =
            List.of(
                    "traffick",
                    "police",
                    "rescue",
                    "तस्करी",
                    "पुलिस",
                    "बचाव",
                    "पाचार",
                    "পাচার",
                    "পুলিশ",
                    "উদ্ধার",
                    "అక్రమ రవాణా",
                    "పోలీస్",
                    "పోలీసు",
                    "రక్షించ");

    private final SurvivorMessages messages = new SurvivorMessages();

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() {
        assertThat(messages.keys(SurvivorLanguage.EN)).isNotEmpty();
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            assertThat(messages.keys(language))
                    .as(language.code())
                    .isEqualTo(messages.keys(SurvivorLanguage.EN));
        }
    }

    @Test
    void everyTranslationHasTheEnglishPlaceholders() {
        for (String key : messages.keys(SurvivorLanguage.EN)) {
            var english =
                    SurvivorMessages.placeholders(messages.template(SurvivorLanguage.EN, key));
            for (SurvivorLanguage language : SurvivorLanguage.values()) {
                assertThat(SurvivorMessages.placeholders(messages.template(language, key)))
                        .as(language.code() + " " + key)
                        .containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    @Test
    void noTextNamesTraffickingPoliceOrRescue() {
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            for (String key : messages.keys(language)) {
                String text = messages.template(language, key).toLowerCase(Locale.ROOT);
                for (String word : BANNED) {
                    assertThat(text).as(language.code() + " " + key).doesNotContain(word);
                }
            }
        }
    }

    @Test
    void fillsPlaceholdersByName() {
        assertThat(SurvivorMessages.placeholders("{b} and {a}, {b}")).containsExactly("b", "a");
        assertThat(messages.text(SurvivorLanguage.HI, "sms.thanks", Map.of("x", "y")))
                .isEqualTo(messages.template(SurvivorLanguage.HI, "sms.thanks"));
    }
}
