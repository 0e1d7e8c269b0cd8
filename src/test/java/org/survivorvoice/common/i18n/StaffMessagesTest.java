package org.survivorvoice.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every staff text exists in every language, translated, with the same placeholders. */
class StaffMessagesTest {

    private static final Map<String, String> ENGLISH = StaffMessages.own(SurvivorLanguage.EN);

    @ParameterizedTest
    @EnumSource(SurvivorLanguage.class)
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(SurvivorLanguage language) {
        Map<String, String> own = StaffMessages.own(language);
        assertThat(new TreeSet<>(own.keySet())).isEqualTo(new TreeSet<>(ENGLISH.keySet()));
        for (Map.Entry<String, String> text : own.entrySet()) {
            assertThat(text.getValue()).as(text.getKey()).isNotBlank();
            Set<String> expected = SurvivorMessages.placeholders(ENGLISH.get(text.getKey()));
            assertThat(SurvivorMessages.placeholders(text.getValue()))
                    .as(language + " " + text.getKey())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = SurvivorLanguage.class,
            names = {"HI", "BN", "TE"})
    void indianLanguagesAreTranslatedNotCopied(SurvivorLanguage language) {
        Map<String, String> own = StaffMessages.own(language);
        long copied =
                own.entrySet().stream()
                        .filter(e -> e.getValue().equals(ENGLISH.get(e.getKey())))
                        .filter(e -> e.getValue().chars().anyMatch(Character::isLetter))
                        .count();
        // a few words are the same in every script (a brand, "SHA-256"), never whole pages
        assertThat(copied).isLessThanOrEqualTo(Math.max(3, own.size() / 20));
    }

    @ParameterizedTest
    @EnumSource(SurvivorLanguage.class)
    void placeholdersAreFilledByName(SurvivorLanguage language) {
        String text = new StaffMessages().text(language, "login.locked", Map.of("minutes", "15"));
        assertThat(text).contains("15").doesNotContain("{minutes}");
    }
}
