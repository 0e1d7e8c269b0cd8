package org.survivorvoice.outreach.sender;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.survivorvoice.outreach.OutreachConfig;

/**
 * Sends through Twilio with the real SDK: SMS through Programmable Messaging (DLT ids added when
 * configured), calls through Voice with their flow at {@code {public-base-url}/twilio/voice}.
 * Status callbacks go to {@code /twilio/sms/status} and {@code /twilio/voice/status}, where the
 * SMS/IVR webhooks apply them to the outbox.
 */
public final class TwilioSender implements OutboundSender {

    private final TwilioRestClient client;
    private final TwilioHttpClient transport;
    private final OutreachConfig config;
    private final String publicBaseUrl;

    /** A sender for the account, reaching Twilio (or the configured base URL). */
    public TwilioSender(
            String accountSid, String authToken, OutreachConfig config, String publicBaseUrl) {
        this.config = config;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        this.transport =
                new TwilioHttpClient(
                        config.twilio().apiBaseUrl().orElse(null), config.twilio().timeout());
        this.client =
                new TwilioRestClient.Builder(accountSid, authToken).httpClient(transport).build();
    }

    @Override
    public String name() {
        return "twilio";
    }

    @Override
    public SendResult send(OutboundMessage message) {
        try {
            return switch (message.kind()) {
                case SMS -> SendResult.accepted(sms(message).getSid());
                case CALL -> SendResult.accepted(call(message).getSid());
            };
        } catch (ApiException e) {
            // the exception's message is Twilio's text, which can quote the number: keep codes only
            Integer status = e.getStatusCode();
            return status == null
                    ? SendResult.retryable("TWILIO")
                    : SendResult.ofHttpStatus(status);
        } catch (ApiConnectionException e) {
            return SendResult.retryable(
                    e.getCause() instanceof java.net.http.HttpTimeoutException
                            ? "TIMEOUT"
                            : "CONNECTION");
        }
    }

    private Message sms(OutboundMessage message) {
        PhoneNumber to = new PhoneNumber(message.to().e164());
        MessageCreator creator =
                config.sms().messagingServiceSid().isPresent()
                        ? Message.creator(
                                to, config.sms().messagingServiceSid().get(), message.text())
                        : Message.creator(
                                to,
                                new PhoneNumber(
                                        config.sms()
                                                .from()
                                                .orElseThrow(
                                                        () ->
                                                                new IllegalStateException(
                                                                        "survivor-voice.outreach.sms.from"
                                                                            + " is not set"))),
                                message.text());
        creator.setStatusCallback(URI.create(publicBaseUrl + "/twilio/sms/status"));
        Map<String, String> dlt = new LinkedHashMap<>();
        message.dltTemplateId().ifPresent(id -> dlt.put(config.twilio().dltTemplateParam(), id));
        config.sms().dltEntityId().ifPresent(id -> dlt.put(config.twilio().dltEntityParam(), id));
        return transport.withExtraParams(dlt, () -> creator.create(client));
    }

    private Call call(OutboundMessage message) {
        String from =
                config.voice()
                        .from()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "survivor-voice.outreach.voice.from is not set"));
        return Call.creator(
                        new PhoneNumber(message.to().e164()),
                        new PhoneNumber(from),
                        URI.create(publicBaseUrl + "/twilio/voice"))
                .setStatusCallback(URI.create(publicBaseUrl + "/twilio/voice/status"))
                .create(client);
    }
}
