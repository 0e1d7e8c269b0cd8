package org.survivorvoice.common.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The Twilio account, shared by the webhooks (which check signatures with the token) and the
 * outbound sender (which authenticates with both). Secrets: set them only through the environment
 * ({@code SURVIVOR_VOICE_TWILIO_ACCOUNT_SID}, {@code SURVIVOR_VOICE_TWILIO_AUTH_TOKEN}); the dev
 * and test profiles carry throw-away values.
 */
@ConfigMapping(prefix = "survivor-voice.twilio")
public interface TwilioAccountConfig {

    /** Twilio Account SID ({@code AC...}); needed by the {@code twilio} sender. */
    Optional<String> accountSid();

    /**
     * The account's auth token: the key of every {@code X-Twilio-Signature} and the password of API
     * calls. Without it every Twilio webhook answers 403: no request can be told from a forgery.
     */
    Optional<String> authToken();
}
