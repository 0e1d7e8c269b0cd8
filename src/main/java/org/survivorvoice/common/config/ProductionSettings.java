package org.survivorvoice.common.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings production cannot run without, as a pure rule over a configuration lookup: which of
 * them are missing, and whether the configuration asks for the embedded database.
 *
 * <p>Outside the dev and test profiles (which carry throw-away values), the service needs a real
 * MySQL URL, both phone vault keys, the public URL webhook signatures are checked against, and the
 * credentials of whichever outbound sender is chosen. Each of these otherwise surfaces late and
 * obscurely: a datasource or Flyway error, a config mapping error naming one key, or a sender that
 * fails on its first message. A blank value counts as missing, as it does for config mappings, so
 * an {@code .env} line {@code KEY=} with no value is reported like an absent one.
 *
 * <p>The rule reads only names and whether values are present: no value ever reaches its message.
 */
public final class ProductionSettings {

    /** The profiles that carry throw-away values; every other profile is held to this rule. */
    private static final List<String> THROW_AWAY_PROFILES = List.of("dev", "test");

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String ENCRYPTION_KEY = "survivor-voice.vault.encryption-key";
    static final String INDEX_KEY = "survivor-voice.vault.index-key";
    static final String PUBLIC_BASE_URL = "survivor-voice.public-base-url";
    static final String SENDER = "survivor-voice.outreach.sender";
    static final String TWILIO_ACCOUNT_SID = "survivor-voice.twilio.account-sid";
    static final String TWILIO_AUTH_TOKEN = "survivor-voice.twilio.auth-token";
    static final String GATEWAY_URL = "survivor-voice.outreach.gateway.url";
    static final String EMBEDDED_DB_ENABLED = "survivor-voice.embedded-db.enabled";

    /** A setting production needs: its property, its environment variable, what it is. */
    public record Required(String property, String why) {

        /** The environment variable that sets the property (MicroProfile Config's mapping). */
        public String environmentVariable() {
            return environmentVariableOf(property);
        }
    }

    private static final List<Required> ALWAYS =
            List.of(
                    new Required(
                            JDBC_URL, "the MySQL 8 URL, e.g. jdbc:mysql://db:3306/survivor_voice"),
                    new Required(
                            ENCRYPTION_KEY,
                            "Base64 of 32 random bytes, the AES-256-GCM key of phone numbers"),
                    new Required(
                            INDEX_KEY,
                            "Base64 of 32 random bytes, the HMAC-SHA256 key of the phone blind"
                                    + " index"),
                    new Required(
                            PUBLIC_BASE_URL,
                            "the https URL Twilio and SMS gateways call; webhook signatures are"
                                    + " checked against it"));

    private static final List<Required> TWILIO_SENDER =
            List.of(
                    new Required(TWILIO_ACCOUNT_SID, "the Twilio account the twilio sender uses"),
                    new Required(
                            TWILIO_AUTH_TOKEN,
                            "the Twilio auth token: the twilio sender's password and the key of"
                                    + " every X-Twilio-Signature"));

    private static final List<Required> GATEWAY_SENDER =
            List.of(new Required(GATEWAY_URL, "the send URL of the http-gateway sender"));

    /** What is wrong with a production configuration; empty when it may start. */
    public record Verdict(List<Required> missing, boolean embeddedDatabaseAsked) {

        public boolean acceptable() {
            return missing.isEmpty() && !embeddedDatabaseAsked;
        }

        /**
         * One message naming every missing setting as environment variable and property, and the
         * refused embedded database; names only, never a value.
         */
        public String message(Collection<String> profiles) {
            StringBuilder text =
                    new StringBuilder("Survivor Voice will not start in the ")
                            .append(String.join(",", profiles))
                            .append(" profile.");
            if (!missing.isEmpty()) {
                text.append(
                        " Missing settings (set each as the environment variable, or as the"
                                + " property with -D):");
                for (Required r : missing) {
                    text.append(System.lineSeparator())
                            .append("  - ")
                            .append(r.environmentVariable())
                            .append(" (")
                            .append(r.property())
                            .append("): ")
                            .append(r.why());
                }
            }
            if (embeddedDatabaseAsked) {
                text.append(System.lineSeparator())
                        .append("  - ")
                        .append(environmentVariableOf(EMBEDDED_DB_ENABLED))
                        .append(" (")
                        .append(EMBEDDED_DB_ENABLED)
                        .append(") is true: production never starts the embedded MariaDB; unset")
                        .append(" it and set ")
                        .append(environmentVariableOf(JDBC_URL))
                        .append(" to MySQL 8 (a demo from the jar runs with QUARKUS_PROFILE=dev)");
            }
            text.append(System.lineSeparator())
                    .append("Generate keys with: openssl rand -base64 32. See deploy/README.md.");
            return text.toString();
        }
    }

    private ProductionSettings() {}

    /** Whether the rule applies to a run with these active profiles. */
    public static boolean appliesTo(Collection<String> profiles) {
        return profiles.stream().noneMatch(THROW_AWAY_PROFILES::contains);
    }

    /**
     * Checks a configuration, given as a lookup from property name to its value (empty when not
     * set). The sender is read as SmallRye reads the enum: case and {@code -}/{@code _} ignored.
     */
    public static Verdict check(Function<String, Optional<String>> lookup) {
        List<Required> required = new ArrayList<>(ALWAYS);
        String sender =
                present(lookup, SENDER)
                        .map(s -> s.trim().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .orElse("log");
        if (sender.equals("twilio")) {
            required.addAll(TWILIO_SENDER);
        } else if (sender.equals("http-gateway")) {
            required.addAll(GATEWAY_SENDER);
        }
        List<Required> missing =
                required.stream().filter(r -> present(lookup, r.property()).isEmpty()).toList();
        boolean embedded =
                present(lookup, EMBEDDED_DB_ENABLED)
                        .map(v -> Boolean.parseBoolean(v.trim()))
                        .orElse(false);
        return new Verdict(missing, embedded);
    }

    /**
     * The environment variable of a property: every character but letters and digits becomes {@code
     * _}, then upper case ({@code survivor-voice.vault.index-key} is {@code
     * SURVIVOR_VOICE_VAULT_INDEX_KEY}).
     */
    public static String environmentVariableOf(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Optional<String> present(
            Function<String, Optional<String>> lookup, String property) {
        Optional<String> value = lookup.apply(property);
        return value == null ? Optional.empty() : value.filter(v -> !v.isBlank());
    }
}
