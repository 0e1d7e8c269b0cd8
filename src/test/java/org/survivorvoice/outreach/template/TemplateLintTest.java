package org.survivorvoice.outreach.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;

/** Every outbound template in every language is neutral and fits in two SMS segments. */
class TemplateLintTest {

    /** A link as long as a production one: {@code https://} host, {@code /r/}, 24 characters. */
    private static final String LINK =
            "https://survivor-voice.example.in/r/AbCdEfGhIjKlMnOpQrStUvWx";

    @Test
    void everyOutboundTemplateIsNeutral() {
        Map<String, String> templates = templates();

        assertThat(templates).hasSize(6 * SurvivorLanguage.values().length);
        assertThat(TemplateLint.violations(templates, List.of("NGO", "shelter"))).isEmpty();
    }

    @Test
    void flagsBannedWordsInEveryScriptAndProviderPlaceholders() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("en/a", "Rate the Police station {provider}");
        bad.put("hi/b", "पुलिस थाने के बारे में बताइए");
        bad.put("bn/c", "পাচার বিরোধী সেবা");
        bad.put("te/d", "పోలీసు స్టేషన్");
        bad.put("en/e", "Anti-TRAFFICKING desk");
        bad.put("en/f", "The rescue home asks {name}");
        bad.put("en/g", "Our shelter asks: {link}");

        List<String> problems = TemplateLint.violations(bad, List.of("shelter"));

        assertThat(problems)
                .anyMatch(p -> p.startsWith("en/a") && p.contains("police"))
                .anyMatch(p -> p.startsWith("en/a") && p.contains("{provider}"))
                .anyMatch(p -> p.startsWith("hi/b"))
                .anyMatch(p -> p.startsWith("bn/c"))
                .anyMatch(p -> p.startsWith("te/d"))
                .anyMatch(p -> p.startsWith("en/e"))
                .anyMatch(p -> p.startsWith("en/f") && p.contains("rescue"))
                .anyMatch(p -> p.startsWith("en/f") && p.contains("{name}"))
                .anyMatch(p -> p.startsWith("en/g") && p.contains("shelter"));
        assertThat(problems).noneMatch(p -> p.contains("{link}"));
    }

    /** Two segments: 306 GSM-7 characters, or 134 UTF-16 units when any character needs UCS-2. */
    @Test
    void everyTemplateWithALinkFitsInTwoSegments() {
        templates()
                .forEach(
                        (name, text) -> {
                            String sms = text.replace("{link}", LINK).replace("{share}", "100");
                            boolean gsm = sms.chars().allMatch(c -> c < 128);
                            assertThat(sms.length()).as(name).isLessThanOrEqualTo(gsm ? 306 : 134);
                        });
    }

    /**
     * The follow-up of a response asks the same neutral question in all four languages, by SMS and
     * on a call, offers the three answers and can name nothing (no placeholder at all).
     */
    @Test
    void theFollowUpQuestionIsNeutralInEveryLanguage() {
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            String text =
                    OutreachTemplates.bundle(language).getString("follow-up.sms-conversation");
            assertThat(text).as(language.code()).contains("1", "2", "3").doesNotContain("{");
            assertThat(
                            TemplateLint.violations(
                                    Map.of(language.code() + "/follow-up", text), List.of()))
                    .isEmpty();
            assertThat(text.length()).as(language.code()).isLessThanOrEqualTo(134);
            String spoken = new SurvivorMessages().text(language, "ivr.change");
            assertThat(spoken).as(language.code()).contains("1", "2", "3").doesNotContain("{");
            assertThat(
                            TemplateLint.violations(
                                    Map.of(language.code() + "/ivr.change", spoken), List.of()))
                    .isEmpty();
        }
    }

    /**
     * The quarterly results message: in every language, one line whose only placeholder is the
     * share, within two segments at its longest (100), and a name in its place is refused.
     */
    @Test
    void resultsMessageCarriesOnlyTheShareInEveryLanguage() {
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            String text = OutreachTemplates.bundle(language).getString("results.sms");
            String name = language.code() + "/results.sms";

            assertThat(text).as(name).contains("{share}").doesNotContain("{link}");
            assertThat(text.replace("{share}", "")).as(name).doesNotContainPattern("[{}\\n]");
            String longest = text.replace("{share}", "100");
            boolean gsm = longest.chars().allMatch(c -> c < 128);
            assertThat(longest.length()).as(name).isLessThanOrEqualTo(gsm ? 306 : 134);
            assertThat(TemplateLint.violations(Map.of(name, text), List.of())).isEmpty();
            assertThat(
                            TemplateLint.violations(
                                    Map.of(name, text.replace("{share}", "{shareOf}")), List.of()))
                    .containsExactly(name + " : placeholder {shareOf}");
        }
    }

    private static Map<String, String> templates() {
        Map<String, String> all = new LinkedHashMap<>();
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            ResourceBundle bundle = OutreachTemplates.bundle(language);
            assertThat(bundle.getLocale().getLanguage()).isEqualTo(language.code());
            bundle.keySet().forEach(k -> all.put(language.code() + "/" + k, bundle.getString(k)));
        }
        return all;
    }
}
