package org.survivorvoice.feedback.intake.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.feedback.intake.sms.SmsRecords;

/**
 * SAFETY F2 and W1: the README's webhook URL carries Twilio's connection overrides as a fragment
 * ({@code #rc=5&rp=all&ct=2000}: retry five times on any failure, 503 included), and the signature
 * check still passes. A fragment never travels in an HTTP request (RFC 3986 section 3.5, RFC 9110
 * section 7.1), and Twilio signs the URL without it; so the URL the filter rebuilds from the
 * configured public base, with no fragment, is the one signed.
 */
@QuarkusTest
class TwilioRetryOverridesTest {

    /** What the README tells operators to configure, after the public base URL. */
    static final String OVERRIDES = "#rc=5&rp=all&ct=2000";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/twilio/sms")
    URL webhook;

    @Test
    void aWebhookUrlWithRetryOverridesStillValidates() throws Exception {
        String configured = TwilioRequests.BASE_URL + "/twilio/sms" + OVERRIDES;
        Map<String, String> params =
                TwilioRequests.sms(SmsRecords.messageSid(), SmsRecords.phone(), "HELP");
        // Twilio signs the configured URL less its fragment
        String signed = configured.substring(0, configured.indexOf('#'));
        assertThat(signed).isEqualTo(TwilioRequests.BASE_URL + "/twilio/sms");

        HttpResponse<String> response =
                post(
                        URI.create(webhook + OVERRIDES),
                        params,
                        TwilioRequests.signature(TwilioRequests.TOKEN, signed, params));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TwimlXml.parse(response.body()).message()).isNotBlank();
    }

    @Test
    void aSignatureOverTheFragmentIsNotTheOneChecked() throws Exception {
        String configured = TwilioRequests.BASE_URL + "/twilio/sms" + OVERRIDES;
        Map<String, String> params =
                TwilioRequests.sms(SmsRecords.messageSid(), SmsRecords.phone(), "HELP");

        HttpResponse<String> response =
                post(
                        URI.create(webhook + OVERRIDES),
                        params,
                        TwilioRequests.signature(TwilioRequests.TOKEN, configured, params));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> post(URI uri, Map<String, String> params, String signature)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Twilio-Signature", signature)
                        .POST(HttpRequest.BodyPublishers.ofString(TwilioRequests.form(params)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
