package org.survivorvoice.outreach.sender;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.config.TwilioAccountConfig;
import org.survivorvoice.outreach.OutreachConfig;

/** Picks the sender named by {@code survivor-voice.outreach.sender}. */
@ApplicationScoped
public class SenderProducer {

    @Produces
    @ApplicationScoped
    OutboundSender sender(
            OutreachConfig config, TwilioAccountConfig twilio, SurvivorVoiceConfig application) {
        OutboundSender sender =
                switch (config.sender()) {
                    case LOG -> new LogSender();
                    case TWILIO ->
                            new TwilioSender(
                                    twilio.accountSid()
                                            .orElseThrow(
                                                    () ->
                                                            missing(
                                                                    "survivor-voice.twilio.account-sid")),
                                    twilio.authToken()
                                            .orElseThrow(
                                                    () ->
                                                            missing(
                                                                    "survivor-voice.twilio.auth-token")),
                                    config,
                                    application.publicBaseUrl());
                    case HTTP_GATEWAY -> new HttpGatewaySender(config.gateway(), config.sms());
                };
        Log.infof("Outbound messages go through the %s sender", sender.name());
        return sender;
    }

    private static IllegalStateException missing(String key) {
        return new IllegalStateException(
                "The twilio sender needs " + key + " (from the environment)");
    }
}
