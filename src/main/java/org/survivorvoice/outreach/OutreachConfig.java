package org.survivorvoice.outreach;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings of invitations, the outbox and its senders, under {@code survivor-voice.outreach}. */
@ConfigMapping(prefix = "survivor-voice.outreach")
public interface OutreachConfig {

    /** Which sender delivers outbound messages and calls. */
    enum SenderKind {
        /** Stores what would be sent (visible in the outbox listing); sends nothing. */
        LOG,
        /** Twilio Programmable Messaging and Voice through the Twilio SDK. */
        TWILIO,
        /** A generic SMS aggregator reached by an HTTP POST (SMS only). */
        HTTP_GATEWAY
    }

    /** The sender: {@code log} (default), {@code twilio} or {@code http-gateway}. */
    @WithDefault("log")
    SenderKind sender();

    /** How long an invitation and its single-use links stay valid. */
    @WithDefault("14D")
    Duration tokenValidity();

    /** How long an SMS conversation accepts replies after its question was sent. */
    @WithDefault("48H")
    Duration conversationValidity();

    /**
     * How long a follow-up of a response marked done ("has it got better?") may still be sent and
     * answered, from the moment the response was marked done.
     */
    @WithDefault("14D")
    Duration followUpValidity();

    /** How many reminders an unanswered invitation gets (0 for none). */
    @WithDefault("1")
    int reminders();

    /** How long after the last send a reminder goes out when she has not answered. */
    @WithDefault("3D")
    Duration reminderAfter();

    /**
     * Extra words no outbound template may contain, on top of the built-in list (trafficking,
     * police, rescue and their Hindi, Bengali and Telugu forms); checked at start-up.
     */
    Optional<List<String>> bannedWords();

    /** How often the outbox dispatcher runs (a Quartz job, once per firing across replicas). */
    @WithDefault("30s")
    String dispatchEvery();

    /** How often expiry and reminders are swept. */
    @WithDefault("15m")
    String sweepEvery();

    /** The outbox dispatcher. */
    Dispatch dispatch();

    /** The circuit breaker in front of the sender. */
    Breaker breaker();

    /** Outbound SMS settings common to every sender. */
    Sms sms();

    /** Outbound call settings. */
    Voice voice();

    /** Twilio sender settings (credentials live under {@code survivor-voice.twilio}). */
    Twilio twilio();

    /** Generic HTTP gateway sender settings. */
    Gateway gateway();

    /** The outbox dispatcher. */
    interface Dispatch {
        /** Gateway attempts per message before it is marked failed (6 span about an hour). */
        @WithDefault("6")
        int maxAttempts();

        /** Wait after the first failed attempt; each later wait doubles (2, 4, 8, 16, 32 min). */
        @WithDefault("2M")
        Duration firstRetry();

        /** Random spread of each wait, as a fraction (0.2: plus or minus 20 percent). */
        @WithDefault("0.2")
        double jitter();

        /** Messages claimed per dispatcher run. */
        @WithDefault("50")
        int batchSize();

        /** How long a claimed message stays reserved for the instance that claimed it. */
        @WithDefault("5M")
        Duration lease();

        /** Wait before trying again when consent or do-not-contact could not be read. */
        @WithDefault("5M")
        Duration unreadableRetry();
    }

    /** The circuit breaker in front of the sender. */
    interface Breaker {
        /** Consecutive failed gateway attempts that open the breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker refuses sends before it lets one trial through. */
        @WithDefault("5M")
        Duration openFor();
    }

    /** Outbound SMS settings. */
    interface Sms {
        /** Sender number or alphanumeric sender id (Twilio {@code From}, gateway sender). */
        Optional<String> from();

        /** Twilio Messaging Service SID, used instead of {@code from} when set. */
        Optional<String> messagingServiceSid();

        /** DLT principal entity id (India), sent with every SMS when set. */
        Optional<String> dltEntityId();

        /**
         * DLT template id per template key, e.g. {@code dlt-template-ids."invitation.sms-link"}.
         */
        Map<String, String> dltTemplateIds();
    }

    /** Outbound call settings. */
    interface Voice {
        /** Caller number of outbound invitation calls. */
        Optional<String> from();
    }

    /** Twilio sender settings. */
    interface Twilio {
        /**
         * Base URL of the Twilio REST API; empty for Twilio itself. Tests point it at a loopback
         * fake.
         */
        Optional<String> apiBaseUrl();

        /** Connect and read timeout of one Twilio request; a timeout counts as a failed attempt. */
        @WithDefault("10S")
        Duration timeout();

        /** Form parameter carrying the DLT template id (for Twilio-compatible Indian routes). */
        @WithDefault("DltTemplateId")
        String dltTemplateParam();

        /** Form parameter carrying the DLT entity id. */
        @WithDefault("DltEntityId")
        String dltEntityParam();
    }

    /** Generic HTTP gateway sender settings. */
    interface Gateway {
        /** The aggregator's send URL (HTTP POST, form-encoded). */
        Optional<URI> url();

        /** Header that carries the credential. */
        @WithDefault("Authorization")
        String authHeader();

        /** Value of the credential header (a secret: set it from the environment). */
        Optional<String> authValue();

        /** Form parameter of the recipient number. */
        @WithDefault("to")
        String toParam();

        /** Form parameter of the message text. */
        @WithDefault("text")
        String textParam();

        /** Form parameter of the sender id. */
        @WithDefault("from")
        String fromParam();

        /** Form parameter of the idempotency key, so the aggregator can drop repeats. */
        @WithDefault("reference")
        String referenceParam();

        /** Form parameter of the DLT template id. */
        @WithDefault("dlt_template_id")
        String dltTemplateParam();

        /** Form parameter of the DLT entity id. */
        @WithDefault("dlt_entity_id")
        String dltEntityParam();

        /** Connect and read timeout of one request. */
        @WithDefault("10S")
        Duration timeout();
    }
}
