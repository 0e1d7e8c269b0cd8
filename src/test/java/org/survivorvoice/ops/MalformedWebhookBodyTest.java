package org.survivorvoice.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.openapi.RouteKind;
import org.survivorvoice.feedback.intake.gateway.GatewaySignature;
import org.survivorvoice.feedback.intake.twilio.TwilioRequests;
import org.survivorvoice.testing.DocumentedOperation;

/**
 * Every webhook of the OpenAPI document, correctly signed but with a body that makes no sense (no
 * parameters, a sender that is not a number, keys that are not digits, a step that does not exist,
 * text that is not JSON): never a 500; Twilio gets TwiML or a documented refusal, a gateway a 4xx
 * (SAFETY V2).
 */
@QuarkusTest
class MalformedWebhookBodyTest {

    private static final String GATEWAY_SECRET = "test-only-gateway-secret";

    @Test
    void signedNonsenseNeverBreaksAWebhook() {
        List<DocumentedOperation> hooks =
                DocumentedOperation.all().stream()
                        .filter(o -> o.kind() == RouteKind.TWILIO || o.kind() == RouteKind.GATEWAY)
                        .toList();
        assertThat(hooks).extracting(DocumentedOperation::path).contains("/twilio/sms");
        List<String> failures = new ArrayList<>();
        for (DocumentedOperation hook : hooks) {
            if (hook.kind() == RouteKind.TWILIO) {
                String path = hook.path().replace("{step}", "no-such-step");
                for (Map<String, String> params : twilioNonsense()) {
                    judge(failures, hook, params.toString(), TwilioRequests.post(path, params));
                }
            } else {
                String path = hook.path().replace("{gateway}", "test-gateway");
                for (var body : gatewayNonsense().entrySet()) {
                    byte[] bytes = body.getValue().getBytes(StandardCharsets.US_ASCII);
                    Response answer =
                            given().contentType(body.getKey())
                                    .header(
                                            "X-Signature",
                                            GatewaySignature.sign(GATEWAY_SECRET, bytes))
                                    .body(body.getValue())
                                    .post(path);
                    judge(failures, hook, body.getValue(), answer);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void judge(
            List<String> failures, DocumentedOperation hook, String what, Response answer) {
        int status = answer.statusCode();
        String type = answer.contentType() == null ? "" : answer.contentType();
        boolean ok =
                hook.kind() == RouteKind.TWILIO
                        ? status < 500 && (status >= 400 || type.startsWith("application/xml"))
                        : status >= 400 && status < 500;
        if (!ok) {
            failures.add(hook.key() + " " + what + ": " + status + " " + type);
        }
    }

    private static List<Map<String, String>> twilioNonsense() {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        String call = "CA" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> notAPhone = new LinkedHashMap<>();
        notAPhone.put("MessageSid", sid);
        notAPhone.put("CallSid", call);
        notAPhone.put("From", "not-a-phone");
        notAPhone.put("Body", "\u0000\uFFFF");
        notAPhone.put("Digits", "99999999999999999999");
        notAPhone.put("MessageStatus", "exploded");
        notAPhone.put("CallStatus", "exploded");
        Map<String, String> long_ = new LinkedHashMap<>();
        long_.put("MessageSid", "x".repeat(5_000));
        long_.put("CallSid", "x".repeat(5_000));
        long_.put("From", "+91" + "9".repeat(300));
        long_.put("Digits", "abc");
        return List.of(Map.of(), notAPhone, long_);
    }

    private static Map<String, String> gatewayNonsense() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("application/x-www-form-urlencoded", "%%%=&&=");
        bodies.put("application/json", "{\"mid\":");
        bodies.put("application/json; charset=UTF-8", "[1,2,3]");
        return bodies;
    }
}
