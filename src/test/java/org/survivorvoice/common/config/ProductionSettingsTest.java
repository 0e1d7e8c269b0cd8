package org.survivorvoice.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which settings a production configuration misses, without starting anything. */
class ProductionSettingsTest {

    private static final String SECRET = "c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1uZXZlci1sZWFr";

    @Test
    void aCompleteConfigurationWithTheLogSenderIsAcceptable() {
        ProductionSettings.Verdict verdict = ProductionSettings.check(lookup(complete()));

        assertThat(verdict.acceptable()).isTrue();
        assertThat(verdict.missing()).isEmpty();
    }

    @Test
    void anEmptyConfigurationMissesTheDatabaseBothKeysAndThePublicUrl() {
        ProductionSettings.Verdict verdict = ProductionSettings.check(lookup(Map.of()));

        assertThat(verdict.acceptable()).isFalse();
        assertThat(verdict.missing())
                .extracting(ProductionSettings.Required::property)
                .containsExactly(
                        "quarkus.datasource.jdbc.url",
                        "survivor-voice.vault.encryption-key",
                        "survivor-voice.vault.index-key",
                        "survivor-voice.public-base-url");
    }

    @Test
    void blankValuesCountAsMissing() {
        Map<String, String> config = complete();
        config.put("survivor-voice.vault.index-key", "  ");
        config.put("survivor-voice.public-base-url", "");

        assertThat(ProductionSettings.check(lookup(config)).missing())
                .extracting(ProductionSettings.Required::property)
                .containsExactly(
                        "survivor-voice.vault.index-key", "survivor-voice.public-base-url");
    }

    @Test
    void theTwilioSenderNeedsItsAccountAndToken() {
        for (String spelling : List.of("twilio", "TWILIO", " Twilio ")) {
            Map<String, String> config = complete();
            config.put("survivor-voice.outreach.sender", spelling);

            assertThat(ProductionSettings.check(lookup(config)).missing())
                    .as(spelling)
                    .extracting(ProductionSettings.Required::environmentVariable)
                    .containsExactly(
                            "SURVIVOR_VOICE_TWILIO_ACCOUNT_SID",
                            "SURVIVOR_VOICE_TWILIO_AUTH_TOKEN");
        }
        Map<String, String> config = complete();
        config.put("survivor-voice.outreach.sender", "twilio");
        config.put("survivor-voice.twilio.account-sid", "AC0");
        config.put("survivor-voice.twilio.auth-token", SECRET);
        assertThat(ProductionSettings.check(lookup(config)).acceptable()).isTrue();
    }

    @Test
    void theLogSenderNeedsNoTwilioToken() {
        Map<String, String> config = complete();
        config.put("survivor-voice.outreach.sender", "log");

        assertThat(ProductionSettings.check(lookup(config)).acceptable()).isTrue();
    }

    @Test
    void theHttpGatewaySenderNeedsItsUrl() {
        for (String spelling : List.of("http-gateway", "HTTP_GATEWAY")) {
            Map<String, String> config = complete();
            config.put("survivor-voice.outreach.sender", spelling);

            assertThat(ProductionSettings.check(lookup(config)).missing())
                    .as(spelling)
                    .extracting(ProductionSettings.Required::property)
                    .containsExactly("survivor-voice.outreach.gateway.url");
        }
    }

    @Test
    void theEmbeddedDatabaseIsRefusedEvenWithEverythingSet() {
        Map<String, String> config = complete();
        config.put("survivor-voice.embedded-db.enabled", "true");

        ProductionSettings.Verdict verdict = ProductionSettings.check(lookup(config));

        assertThat(verdict.missing()).isEmpty();
        assertThat(verdict.embeddedDatabaseAsked()).isTrue();
        assertThat(verdict.acceptable()).isFalse();
        assertThat(verdict.message(List.of("prod")))
                .contains("SURVIVOR_VOICE_EMBEDDED_DB_ENABLED")
                .contains("never starts the embedded MariaDB");

        config.put("survivor-voice.embedded-db.enabled", "false");
        assertThat(ProductionSettings.check(lookup(config)).acceptable()).isTrue();
    }

    @Test
    void theMessageNamesEveryMissingSettingAsVariableAndPropertyAndNoValue() {
        Map<String, String> config = new HashMap<>();
        config.put("survivor-voice.vault.encryption-key", SECRET);
        config.put("survivor-voice.outreach.sender", "twilio");
        config.put("survivor-voice.twilio.account-sid", "AC-not-secret-but-a-value");

        String message = ProductionSettings.check(lookup(config)).message(List.of("prod"));

        assertThat(message)
                .startsWith("Survivor Voice will not start in the prod profile.")
                .contains("QUARKUS_DATASOURCE_JDBC_URL (quarkus.datasource.jdbc.url)")
                .contains("SURVIVOR_VOICE_VAULT_INDEX_KEY (survivor-voice.vault.index-key)")
                .contains("SURVIVOR_VOICE_PUBLIC_BASE_URL (survivor-voice.public-base-url)")
                .contains("SURVIVOR_VOICE_TWILIO_AUTH_TOKEN (survivor-voice.twilio.auth-token)")
                .doesNotContain("SURVIVOR_VOICE_VAULT_ENCRYPTION_KEY")
                .doesNotContain("SURVIVOR_VOICE_TWILIO_ACCOUNT_SID")
                .doesNotContain(SECRET)
                .doesNotContain("AC-not-secret-but-a-value");
    }

    @Test
    void onlyTheDevAndTestProfilesAreExempt() {
        assertThat(ProductionSettings.appliesTo(List.of("prod"))).isTrue();
        assertThat(ProductionSettings.appliesTo(List.of("staging"))).isTrue();
        assertThat(ProductionSettings.appliesTo(List.of("kubernetes", "prod"))).isTrue();
        assertThat(ProductionSettings.appliesTo(List.of("dev"))).isFalse();
        assertThat(ProductionSettings.appliesTo(List.of("test"))).isFalse();
    }

    @Test
    void environmentVariablesFollowMicroProfileConfig() {
        assertThat(ProductionSettings.environmentVariableOf("survivor-voice.vault.index-key"))
                .isEqualTo("SURVIVOR_VOICE_VAULT_INDEX_KEY");
        assertThat(ProductionSettings.environmentVariableOf("quarkus.datasource.jdbc.url"))
                .isEqualTo("QUARKUS_DATASOURCE_JDBC_URL");
    }

    static Map<String, String> complete() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", "jdbc:mysql://db:3306/survivor_voice");
        config.put("survivor-voice.vault.encryption-key", SECRET);
        config.put("survivor-voice.vault.index-key", SECRET);
        config.put("survivor-voice.public-base-url", "https://voice.example.org");
        return config;
    }

    private static java.util.function.Function<String, Optional<String>> lookup(
            Map<String, String> config) {
        return name -> Optional.ofNullable(config.get(name));
    }
}
