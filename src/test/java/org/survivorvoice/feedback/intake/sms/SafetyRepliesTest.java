package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.outreach.template.TemplateLint;

/**
 * What a survivor hears or reads after asking to be called back (SMS {@code HELP ME}, IVR 0) is
 * neutral in every language, as the outbound templates are: someone else may read her phone or hear
 * the call, so no word of danger, trafficking or police; the SMS fits one segment.
 */
class SafetyRepliesTest {

    /** Danger in the four languages, banned on top of the linter's own words. */
    private static final List<String> DANGER =
            List.of("danger", "खतरा", "ख़तरा", "বিপদ", "ప్రమాదం");

    private final SurvivorMessages messages = new SurvivorMessages();

    @Test
    void theRepliesToARequestForACallAreNeutralInEveryLanguage() {
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            for (String key : List.of("sms.help-me", "ivr.callback-offer", "ivr.callback-noted")) {
                String text = messages.text(language, key);
                assertThat(
                                TemplateLint.violations(
                                        Map.of(language.code() + "/" + key, text), DANGER))
                        .isEmpty();
            }
            assertThat(messages.text(language, "ivr.callback-offer")).contains("0");
        }
    }

    @Test
    void theReplyToHelpMeIsOneSegmentAndTheUsageHelpNamesHelpMe() {
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            SmsSegments cost = SmsSegments.of(messages.text(language, "sms.help-me"));
            assertThat(cost.segments()).as(language.code()).isEqualTo(1);
            assertThat(messages.text(language, "sms.help")).as(language.code()).contains("HELP ME");
        }
    }
}
