package org.survivorvoice.common.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** Application settings under {@code survivor-voice.*}. */
@ConfigMapping(prefix = "survivor-voice")
public interface SurvivorVoiceConfig {

    /**
     * The public URL Twilio and gateways call; webhook signatures are checked against it. No
     * default: production must name it (ProductionSettings); dev uses its own local address.
     */
    String publicBaseUrl();

    /** The programme's time zone: quarters and safe hours are read in it. */
    @WithDefault("Asia/Kolkata")
    ZoneId timeZone();

    /** Settings of the staff API. */
    Api api();

    /** Settings of survivor enrolment. */
    Enrolment enrolment();

    /** Staff login settings. */
    Login login();

    /** Staff login settings. */
    interface Login {
        /** Failed logins of one user name within the lock-out period that lock it. */
        @WithDefault("5")
        int maxFailures();

        /** How long failures are remembered and a locked user name waits. */
        @WithDefault("15M")
        Duration lockout();

        /** How long a verified password is remembered (saves bcrypt per request); 0 disables. */
        @WithDefault("5M")
        Duration passwordCache();

        /**
         * The key (base64, 32 bytes) that seals the staff pages' session cookies, the same on every
         * replica. Without it each instance makes up its own at start: sessions then end on a
         * restart and are not shared between replicas.
         */
        Optional<String> sessionKey();

        /** A staff page session ends after this long without a request. */
        @WithDefault("30M")
        Duration sessionIdle();

        /** A staff page session ends this long after sign-in, however busy. */
        @WithDefault("12H")
        Duration sessionMax();
    }

    /** Settings of the demo data loaded in the dev profile. */
    Demo demo();

    /** The embedded MariaDB (read before start-up by EmbeddedDatabaseConfigSourceFactory). */
    EmbeddedDb embeddedDb();

    /** Embedded database settings. */
    interface EmbeddedDb {
        /**
         * Start the embedded MariaDB outside the dev profile too (e.g. a demo from the jar). Never
         * started when {@code quarkus.datasource.jdbc.url} is set.
         */
        Optional<Boolean> enabled();

        /** Folder of the embedded server's binaries and data, kept across restarts. */
        @WithDefault("data")
        String dataDir();
    }

    /** Staff API settings. */
    interface Api {
        /** Largest JSON request body the staff API accepts, in bytes; larger ones get 413. */
        @WithDefault("65536")
        int maxJsonBodyBytes();

        /**
         * Largest request body of any other kind (the API's uploads); larger ones get a
         * problem+json 413 before they are read. Staff page uploads have their own limit ({@code
         * survivor-voice.web.max-upload}).
         */
        @WithDefault("10M")
        MemorySize maxBodySize();
    }

    /** Survivor enrolment settings. */
    interface Enrolment {
        /** Safe-contact window start used when a field worker gives none. */
        @WithDefault("10:00")
        LocalTime defaultSafeFrom();

        /** Safe-contact window end used when a field worker gives none. */
        @WithDefault("18:00")
        LocalTime defaultSafeTo();

        /** bcrypt cost for IVR PINs (each step doubles the work of a guess). */
        @WithDefault("10")
        int pinHashCost();
    }

    /** Demo data settings. */
    interface Demo {
        /** Load the demo programme at start-up when the database has no providers. */
        @WithDefault("false")
        boolean enabled();

        /** Seed of the demo generator: the same seed gives the same data. */
        @WithDefault("20260401")
        long seed();

        /** How many ratings the demo programme holds. */
        @WithDefault("20000")
        int ratings();

        /** How many providers the demo programme has. */
        @WithDefault("300")
        int providers();

        /** How many survivors the demo programme has. */
        @WithDefault("1000")
        int survivors();
    }
}
