package org.survivorvoice.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;
import java.time.ZoneId;

/** Application settings under {@code survivor-voice.*}. */
@ConfigMapping(prefix = "survivor-voice")
public interface SurvivorVoiceConfig {

    /** The public URL Twilio and gateways call; webhook signatures are checked against it. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** The programme's time zone: quarters and safe hours are read in it. */
    @WithDefault("Asia/Kolkata")
    ZoneId timeZone();

    /** Settings of the staff API. */
    Api api();

    /** Settings of survivor enrolment. */
    Enrolment enrolment();

    /** Settings of the demo data loaded in the dev profile. */
    Demo demo();

    /** Staff API settings. */
    interface Api {
        /** Largest JSON request body the staff API accepts, in bytes; larger ones get 413. */
        @WithDefault("65536")
        int maxJsonBodyBytes();
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
