package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;

/** Every SMS reply in every language fits 2 segments, placeholders filled at their longest. */
class SmsReplyLengthTest {

    /**
     * The longest value each placeholder of an SMS reply can take. A new placeholder must be added
     * here, or the test fails: its worst case has to be thought about.
     */
    private static final Map<String, String> WORST_CASE = Map.of("code", "999999");

    @Test
    void everySmsReplyFitsTwoSegments() {
        SurvivorMessages messages = new SurvivorMessages();
        int checked = 0;
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            for (String key : messages.keys(language)) {
                if (!key.startsWith("sms.")) {
                    continue;
                }
                String template = messages.template(language, key);
                Map<String, String> values = new HashMap<>();
                for (String name : SurvivorMessages.placeholders(template)) {
                    assertThat(WORST_CASE)
                            .as("worst case of {%s} in %s", name, key)
                            .containsKey(name);
                    values.put(name, WORST_CASE.get(name));
                }
                SmsSegments cost = SmsSegments.of(messages.text(language, key, values));
                assertThat(cost.segments())
                        .as(
                                "%s %s: %s units, GSM-7 %s",
                                language.code(), key, cost.units(), cost.gsm7())
                        .isBetween(1, 2);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4 * 10);
    }

    @Test
    void englishRepliesStayInGsm7() {
        SurvivorMessages messages = new SurvivorMessages();
        for (String key : messages.keys(SurvivorLanguage.EN)) {
            if (key.startsWith("sms.")) {
                assertThat(SmsSegments.of(messages.template(SurvivorLanguage.EN, key)).gsm7())
                        .as(key)
                        .isTrue();
            }
        }
    }
}
