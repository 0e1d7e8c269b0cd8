package org.survivorvoice.outreach.sender;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The Twilio account, under {@code survivor-voice.twilio}; secrets, from the environment only. */
@ConfigMapping(prefix = "survivor-voice.twilio")
public interface TwilioCredentials {

    /** Twilio Account SID ({@code AC...}). */
    Optional<String> accountSid();

    /** Twilio auth token: signs webhooks and authenticates API calls (a secret). */
    Optional<String> authToken();
}
