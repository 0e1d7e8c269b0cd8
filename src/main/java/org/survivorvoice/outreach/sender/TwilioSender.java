package org.survivorvoice.outreach.sender;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.survivorvoice.outreach.OutreachConfig;

/**
 * Sends through Twilio with the real SDK: SMS through Programmable Messaging (DLT ids added when
 * configured), calls through Voice with their flow at {@code {public-base-url}/twilio/voice}.
 * Status callbacks go to {@code /twilio/sms/status} and {@code /twilio/voice/status}, where the
 * SMS/IVR webhooks apply them to the outbox.
 */
public final class TwilioSender implements OutboundSender {

    /** How far Twilio's clock may be behind ours when its creation times are compared. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    /** Messages and calls read per lookup: the newest to the number, far more than retries. */
    private static final int LOOKUP_PAGE = 20;

    private static final Pattern LINK_TOKEN = Pattern.compile("/r/[A-Za-z0-9_-]+");
    private static final Set<Message.Status> UNSENT_SMS =
            Set.of(Message.Status.FAILED, Message.Status.CANCELED);
    private static final Set<Call.Status> UNPLACED_CALLS =
            Set.of(Call.Status.FAILED, Call.Status.CANCELED);

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

    /**
     * Lists the newest messages or calls to the recipient (one page of {@link #LOOKUP_PAGE}) and
     * keeps those from our number created since {@code since} (less {@link #CLOCK_SKEW}, as
     * Twilio's clock is not ours), not failed, and for SMS with the same text once link tokens are
     * masked (each attempt issues its own token). Twilio has no idempotency key for Messages or
     * Calls, so this is the exact check it allows: a false match needs the same template sent from
     * us to the same number in the window, which the caller's exclusion of recorded ids rules out
     * for every message whose acceptance we saw.
     */
    @Override
    public List<String> findAccepted(OutboundMessage message, Instant since) {
        PhoneNumber to = new PhoneNumber(message.to().e164());
        Instant from = since.minus(CLOCK_SKEW);
        List<String> found = new ArrayList<>();
        try {
            if (message.kind() == OutboundMessage.Kind.SMS) {
                String text = maskTokens(message.text());
                for (Message m :
                        Message.reader()
                                .setTo(to)
                                .pageSize(LOOKUP_PAGE)
                                .firstPage(client)
                                .getRecords()) {
                    if (createdSince(m.getDateCreated(), from)
                            && fromUs(m)
                            && !UNSENT_SMS.contains(m.getStatus())
                            && (m.getBody() == null
                                    || m.getBody().isEmpty()
                                    || maskTokens(m.getBody()).equals(text))) {
                        found.add(m.getSid());
                    }
                }
            } else {
                String ours = config.voice().from().orElse("");
                for (Call c :
                        Call.reader()
                                .setTo(to)
                                .pageSize(LOOKUP_PAGE)
                                .firstPage(client)
                                .getRecords()) {
                    if (createdSince(c.getDateCreated(), from)
                            && ours.equals(c.getFrom())
                            && !UNPLACED_CALLS.contains(c.getStatus())) {
                        found.add(c.getSid());
                    }
                }
            }
        } catch (ApiException e) {
            // Twilio's text can quote the number: the status only
            throw new IllegalStateException("Twilio lookup refused: HTTP " + e.getStatusCode());
        } catch (ApiConnectionException e) {
            throw new IllegalStateException("Twilio lookup failed: no answer");
        }
        return found;
    }

    private boolean fromUs(Message m) {
        Optional<String> service = config.sms().messagingServiceSid();
        if (service.isPresent()) {
            return service.get().equals(m.getMessagingServiceSid());
        }
        return m.getFrom() != null && config.sms().from().orElse("").equals(m.getFrom().toString());
    }

    private static boolean createdSince(ZonedDateTime created, Instant from) {
        return created == null || !created.toInstant().isBefore(from);
    }

    /** The text with every invitation link's token replaced, so two attempts compare equal. */
    static String maskTokens(String text) {
        return text == null ? "" : LINK_TOKEN.matcher(text).replaceAll("/r/*");
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
