package org.survivorvoice.feedback.intake.twilio;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests as Twilio sends them: form-encoded UTF-8 parameters signed with HMAC-SHA1 over the URL
 * followed by every parameter name and value sorted by name, Base64. Written from Twilio's
 * documentation, independently of the SDK that the application checks with.
 */
public final class TwilioRequests {

    /** The test profile's auth token and public base URL (application.properties). */
    public static final String TOKEN = "test-only-twilio-auth-token";

    public static final String BASE_URL = "https://survivor-voice.example.org";

    private TwilioRequests() {}

    /** Twilio's signature of a request. */
    public static String signature(String token, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parameters of an inbound SMS, as Twilio's Messaging webhook sends them. */
    public static Map<String, String> sms(String messageSid, String from, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ToCountry", "IN");
        params.put("SmsMessageSid", messageSid);
        params.put("NumMedia", "0");
        params.put("SmsSid", messageSid);
        params.put("SmsStatus", "received");
        params.put("Body", body);
        params.put("FromCountry", "IN");
        params.put("To", "+918000000000");
        params.put("NumSegments", "1");
        params.put("MessageSid", messageSid);
        params.put("AccountSid", "AC00000000000000000000000000000000");
        params.put("From", from);
        params.put("ApiVersion", "2010-04-01");
        return params;
    }

    /** The form body of the parameters, UTF-8 URL-encoded. */
    public static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * A {@code java.net.http} POST of the parameters to {@code baseUrl + path}, signed as Twilio
     * signs it for the configured public URL: for load and process tests that keep many requests in
     * flight outside REST Assured.
     */
    public static HttpRequest signedRequest(
            String baseUrl, String path, Map<String, String> params, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature(TOKEN, BASE_URL + path, params))
                .POST(HttpRequest.BodyPublishers.ofString(form(params)))
                .build();
    }

    /** POSTs the parameters to the path, signed for the configured public URL. */
    public static Response post(String path, Map<String, String> params) {
        return post(path, params, signature(TOKEN, BASE_URL + path, params));
    }

    /** POSTs the parameters with the given signature header (null for none). */
    public static Response post(String path, Map<String, String> params, String signature) {
        var request = formRequest().body(form(params));
        if (signature != null) {
            request = request.header("X-Twilio-Signature", signature);
        }
        return request.post(path);
    }

    /**
     * A request with Twilio's content type exactly, without the charset REST Assured would append:
     * the body is URL-encoded UTF-8 and therefore ASCII.
     */
    public static RequestSpecification formRequest() {
        return given().config(
                        RestAssured.config()
                                .encoderConfig(
                                        EncoderConfig.encoderConfig()
                                                .appendDefaultContentCharsetToContentTypeIfUndefined(
                                                        false)))
                .contentType("application/x-www-form-urlencoded");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
