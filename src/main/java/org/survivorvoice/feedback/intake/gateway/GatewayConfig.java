package org.survivorvoice.feedback.intake.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.util.Map;

/**
 * SMS aggregators that deliver inbound messages to {@code POST /gateway/sms/{name}}, each under
 * {@code survivor-voice.gateways.<name>.*}. A name that is not configured is refused.
 */
@ConfigMapping(prefix = "survivor-voice.gateways")
public interface GatewayConfig {

    /** The configured gateways by name. */
    @WithParentName
    Map<String, Gateway> gateways();

    /** One aggregator's webhook settings. */
    interface Gateway {
        /**
         * Shared secret of the HMAC-SHA256 over the raw request body (a secret: set it through the
         * environment, e.g. {@code SURVIVOR_VOICE_GATEWAYS_<NAME>_SECRET}).
         */
        String secret();

        /**
         * Header carrying the signature, as hex (optionally prefixed {@code sha256=}) or Base64.
         */
        @WithDefault("X-Signature")
        String signatureHeader();

        /** Parameter (form field or JSON property) holding the sender's number. */
        @WithDefault("from")
        String senderParam();

        /** Parameter holding the message text. */
        @WithDefault("text")
        String textParam();

        /** Parameter holding the aggregator's unique message id. */
        @WithDefault("id")
        String idParam();
    }
}
