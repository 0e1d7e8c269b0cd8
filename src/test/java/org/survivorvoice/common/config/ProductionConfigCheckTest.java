package org.survivorvoice.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check inside a real SmallRye configuration build, as Quarkus runs it: environment variables
 * and profile-specific properties are seen, and a missing setting ends the build with the message.
 */
class ProductionConfigCheckTest {

    private static final String KEY = "c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1uZXZlci1sZWFr";

    @Test
    void productionWithoutTheIndexKeyFailsNamingIt() {
        Map<String, String> env = completeEnvironment();
        env.remove("SURVIVOR_VOICE_VAULT_INDEX_KEY");

        assertThatThrownBy(() -> build("prod", env, Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(
                        "SURVIVOR_VOICE_VAULT_INDEX_KEY (survivor-voice.vault.index-key)")
                .hasMessageNotContaining("SURVIVOR_VOICE_VAULT_ENCRYPTION_KEY")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void productionWithEverythingFromTheEnvironmentBuilds() {
        SmallRyeConfig config = build("prod", completeEnvironment(), Map.of());

        assertThat(config.getValue("survivor-voice.public-base-url", String.class))
                .isEqualTo("https://voice.example.org");
    }

    @Test
    void profileSpecificPropertiesCount() {
        Map<String, String> env = completeEnvironment();
        env.remove("SURVIVOR_VOICE_PUBLIC_BASE_URL");

        assertThatThrownBy(() -> build("prod", env, Map.of()))
                .hasMessageContaining("SURVIVOR_VOICE_PUBLIC_BASE_URL");
        build("prod", env, Map.of("%prod.survivor-voice.public-base-url", "https://v.example"));
        assertThatThrownBy(
                        () ->
                                build(
                                        "prod",
                                        env,
                                        Map.of(
                                                "%dev.survivor-voice.public-base-url",
                                                "http://localhost:8080")))
                .hasMessageContaining("SURVIVOR_VOICE_PUBLIC_BASE_URL");
    }

    @Test
    void twilioChosenInPropertiesNeedsTheTokenFromTheEnvironment() {
        Map<String, String> properties = Map.of("survivor-voice.outreach.sender", "twilio");

        assertThatThrownBy(() -> build("prod", completeEnvironment(), properties))
                .hasMessageContaining("SURVIVOR_VOICE_TWILIO_AUTH_TOKEN")
                .hasMessageContaining("SURVIVOR_VOICE_TWILIO_ACCOUNT_SID");
        Map<String, String> env = completeEnvironment();
        env.put("SURVIVOR_VOICE_TWILIO_ACCOUNT_SID", "AC0");
        env.put("SURVIVOR_VOICE_TWILIO_AUTH_TOKEN", KEY);
        build("prod", env, properties);
    }

    @Test
    void theBuildOfTheJarIsUnchecked() {
        // no quarkus.uuid: Quarkus building the jar reads the factory in the prod profile too
        new SmallRyeConfigBuilder()
                .withProfile("prod")
                .withSources(new ProductionConfigCheck())
                .build();
    }

    @Test
    void devAndTestProfilesAreUnchecked() {
        build("dev", Map.of(), Map.of());
        build("test", Map.of(), Map.of());
    }

    private static Map<String, String> completeEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mysql://db:3306/survivor_voice");
        env.put("SURVIVOR_VOICE_VAULT_ENCRYPTION_KEY", KEY);
        env.put("SURVIVOR_VOICE_VAULT_INDEX_KEY", KEY);
        env.put("SURVIVOR_VOICE_PUBLIC_BASE_URL", "https://voice.example.org");
        return env;
    }

    private static SmallRyeConfig build(
            String profile, Map<String, String> env, Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new EnvConfigSource(env, 300))
                .withSources(
                        new PropertiesConfigSource(
                                Map.of("quarkus.uuid", "4f1c"), "RuntimeConfigBuilder", 0))
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new ProductionConfigCheck())
                .build();
    }
}
