package org.survivorvoice.feedback.intake.twilio;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * What the Twilio webhooks need to check a request. A secret: set it only through the environment
 * ({@code SURVIVOR_VOICE_TWILIO_AUTH_TOKEN}); the dev and test profiles carry a throw-away token.
 */
@ConfigMapping(prefix = "survivor-voice.twilio")
public interface TwilioWebhookConfig {

    /**
     * The account's auth token, the key of every {@code X-Twilio-Signature}. Without it every
     * Twilio webhook answers 403: no request can be told from a forgery.
     */
    Optional<String> authToken();
}
