package org.survivorvoice.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.testing.PackagedApp;

/**
 * The packaged application in its default (prod) profile refuses to start without the settings
 * production needs, with one message naming each as environment variable and property, before
 * Quarkus reaches the database: no datasource, Flyway or embedded MariaDB is tried. That a complete
 * configuration starts is shown by every other {@code *IT}, which run the same jar.
 */
class ProductionProfileIT {

    private static final Path WORK = Path.of("target", "production-profile-it");
    private static final String ENCRYPTION_KEY = "yBLM2l0Zm9yLWEtdGVzdC1vbmx5LWVuY3J5cHRpb24=";
    private static final Duration EXIT = Duration.ofSeconds(90);

    @Test
    void missingKeysAndTwilioTokenStopTheStartNamingEachOfThem() throws Exception {
        Map<String, String> env = new HashMap<>();
        // an address nothing listens on: the check must fire before anything connects
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mysql://127.0.0.1:9/survivor_voice");
        env.put("SURVIVOR_VOICE_VAULT_ENCRYPTION_KEY", ENCRYPTION_KEY);
        env.put("SURVIVOR_VOICE_OUTREACH_SENDER", "twilio");
        env.put("SURVIVOR_VOICE_TWILIO_ACCOUNT_SID", "AC00000000000000000000000000000000");
        // blank counts as missing, as a KEY= line in an .env file gives it
        env.put("SURVIVOR_VOICE_PUBLIC_BASE_URL", "");

        PackagedApp app = PackagedApp.start("missing-keys", WORK.resolve("missing"), env, Map.of());
        int status = app.awaitExit(EXIT);
        String output = app.logText();

        assertThat(status).as("exit status; output:%n%s", output).isNotZero();
        assertThat(output)
                .contains("Survivor Voice will not start in the prod profile.")
                .contains("SURVIVOR_VOICE_VAULT_INDEX_KEY (survivor-voice.vault.index-key)")
                .contains("SURVIVOR_VOICE_TWILIO_AUTH_TOKEN (survivor-voice.twilio.auth-token)")
                .contains("SURVIVOR_VOICE_PUBLIC_BASE_URL (survivor-voice.public-base-url)")
                .doesNotContain("SURVIVOR_VOICE_VAULT_ENCRYPTION_KEY (")
                .doesNotContain("QUARKUS_DATASOURCE_JDBC_URL (")
                .doesNotContain("SURVIVOR_VOICE_TWILIO_ACCOUNT_SID (")
                .doesNotContain(ENCRYPTION_KEY);
        assertNothingReachedTheDatabase(output);
    }

    @Test
    void theEmbeddedDatabaseIsRefusedInProduction() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("SURVIVOR_VOICE_VAULT_ENCRYPTION_KEY", ENCRYPTION_KEY);
        env.put("SURVIVOR_VOICE_VAULT_INDEX_KEY", ENCRYPTION_KEY);
        env.put("SURVIVOR_VOICE_EMBEDDED_DB_ENABLED", "true");
        Path dir = WORK.resolve("embedded");

        PackagedApp app =
                PackagedApp.start(
                        "embedded",
                        dir,
                        env,
                        Map.of("survivor-voice.embedded-db.data-dir", "embedded-data"));
        int status = app.awaitExit(EXIT);
        String output = app.logText();

        assertThat(status).as("exit status; output:%n%s", output).isNotZero();
        assertThat(output)
                .contains("SURVIVOR_VOICE_EMBEDDED_DB_ENABLED (survivor-voice.embedded-db.enabled)")
                .contains("never starts the embedded MariaDB")
                .contains("QUARKUS_DATASOURCE_JDBC_URL (quarkus.datasource.jdbc.url)")
                .doesNotContain("Embedded MariaDB started");
        assertThat(dir.resolve("embedded-data")).as("no MariaDB unpacked").doesNotExist();
        assertNothingReachedTheDatabase(output);
    }

    private static void assertNothingReachedTheDatabase(String output) {
        assertThat(output)
                .as("refused before the datasource, Flyway or a stack trace")
                .doesNotContain("Flyway")
                .doesNotContain("Failed to start application")
                .doesNotContain("Exception")
                .doesNotContain("SRCFG");
        assertThat(Files.exists(PackagedApp.JAR)).isTrue();
    }
}
