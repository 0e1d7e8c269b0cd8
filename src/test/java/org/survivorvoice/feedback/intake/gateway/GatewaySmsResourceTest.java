package org.survivorvoice.feedback.intake.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.intake.sms.InboundSms;
import org.survivorvoice.feedback.intake.sms.InboundStatus;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.Fixtures;

/**
 * {@code POST /gateway/sms/{gateway}} as an aggregator calls it: the test profile's {@code
 * test-gateway} names its fields msisdn, message and mid and signs the raw body with HMAC-SHA256 in
 * {@code X-Signature}.
 */
@QuarkusTest
class GatewaySmsResourceTest {

    private static final String PATH = "/gateway/sms/test-gateway";
    private static final String SECRET = "test-only-gateway-secret";

    @Inject Fixtures fixtures;
    @Inject SmsRecords records;

    private final SurvivorMessages messages = new SurvivorMessages();
    private String code;

    @BeforeEach
    void provider() {
        code = fixtures.provider(fixtures.district().id, "HOSPITAL", "Sadar Hospital");
    }

    @Test
    void ratesFromASignedFormAndAnswersTheReplyAsText() {
        String mid = SmsRecords.messageSid();
        String body = form(mid, SmsRecords.phone(), "R " + code + " 4 3 3 3 3 N");

        Response response = post(body, GatewaySignature.sign(SECRET, bytes(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).isEqualTo(messages.text(SurvivorLanguage.EN, "sms.thanks"));
        assertThat(records.ratings(code)).hasSize(1);
        assertThat(records.ratings(code).get(0).channel()).isEqualTo("SMS");
        assertThat(records.inbound(InboundSms.gateway("test-gateway"), mid).orElseThrow().status())
                .isEqualTo(InboundStatus.PROCESSED);
    }

    @Test
    void acceptsAJsonBodyAndABase64OrPrefixedSignature() {
        String mid = SmsRecords.messageSid();
        String body =
                "{\"mid\":\""
                        + mid
                        + "\",\"msisdn\":\""
                        + SmsRecords.phone()
                        + "\",\"message\":\"R "
                        + code
                        + " 5\"}";
        String base64 =
                java.util.Base64.getEncoder()
                        .encodeToString(
                                java.util.HexFormat.of()
                                        .parseHex(GatewaySignature.sign(SECRET, bytes(body))));

        Response response =
                given().contentType("application/json")
                        .header("X-Signature", base64)
                        .body(body)
                        .post(PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        String again =
                "{\"mid\":\"x" + mid + "\",\"msisdn\":\"+919700000001\",\"message\":\"HELP\"}";
        assertThat(
                        given().contentType("application/json")
                                .header(
                                        "X-Signature",
                                        "sha256="
                                                + GatewaySignature.sign(SECRET, bytes(again))
                                                        .toUpperCase())
                                .body(again)
                                .post(PATH)
                                .statusCode())
                .isEqualTo(200);
        assertThat(records.ratings(code)).hasSize(1);
    }

    @Test
    void aRepeatedMessageIdAnswersTheSameAndRatesOnce() {
        String mid = SmsRecords.messageSid();
        String body = form(mid, SmsRecords.phone(), "R " + code + " 2");
        String signature = GatewaySignature.sign(SECRET, bytes(body));

        String first = post(body, signature).asString();
        String second = post(body, signature).asString();

        assertThat(second).isEqualTo(first);
        assertThat(records.ratings(code)).hasSize(1);
    }

    @Test
    void refusesBadSignaturesAndUnknownGatewaysAndStoresNothing() {
        String mid = SmsRecords.messageSid();
        String body = form(mid, SmsRecords.phone(), "R " + code + " 1");
        String good = GatewaySignature.sign(SECRET, bytes(body));

        try (CapturedLog log = CapturedLog.install()) {
            assertThat(post(body, null).statusCode()).isEqualTo(403);
            assertThat(post(body, GatewaySignature.sign("other-secret", bytes(body))).statusCode())
                    .isEqualTo(403);
            assertThat(post(body.replace("+1", "+5"), good).statusCode()).isEqualTo(403);
            assertThat(post(body + "&x=1", good).statusCode()).isEqualTo(403);
            assertThat(
                            given().contentType("application/x-www-form-urlencoded")
                                    .header("X-Signature", good)
                                    .body(body)
                                    .post("/gateway/sms/unknown")
                                    .statusCode())
                    .isEqualTo(403);
            assertThat(log.text()).contains("Security event").doesNotContain(code);
        }
        assertThat(records.inboundCount(mid)).isZero();
        assertThat(records.ratings(code)).isEmpty();
    }

    @Test
    void aSignedBodyWithoutAMessageIdIsA400ProblemAndStoresNothing() {
        String body = "msisdn=%2B919700000002&message=HELP";

        Response response = post(body, GatewaySignature.sign(SECRET, bytes(body)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.asString()).contains("mid").doesNotContain("919700000002");
    }

    private static Response post(String body, String signature) {
        var request = given().contentType("application/x-www-form-urlencoded").body(body);
        if (signature != null) {
            request = request.header("X-Signature", signature);
        }
        return request.post(PATH);
    }

    private static String form(String mid, String phone, String text) {
        return "mid="
                + mid
                + "&msisdn="
                + java.net.URLEncoder.encode(phone, StandardCharsets.UTF_8)
                + "&message="
                + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
