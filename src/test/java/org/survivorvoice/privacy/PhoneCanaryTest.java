package org.survivorvoice.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.feedback.intake.gateway.GatewaySignature;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.feedback.intake.twilio.TwilioCall;
import org.survivorvoice.feedback.intake.twilio.TwilioRequests;
import org.survivorvoice.feedback.intake.twilio.TwimlXml;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Json;
import org.survivorvoice.testing.RatingEntry;
import org.survivorvoice.testing.Staff;

/**
 * Plants a phone number, a PIN and a comment through every staff endpoint and every survivor
 * channel (web form, SMS through Twilio and through a gateway, IVR), then checks that no response,
 * no log line, no metric label and no database column shows them (SAFETY D1, D2).
 */
@QuarkusTest
class PhoneCanaryTest {

    private static final String PIN = "7391";
    private static final String COMMENT = "canary-comment-4e7f";

    private static final String TEXT = "canary-text-9c2a";
    private static final String CSRF_COOKIE = "__Host-sv_csrf";
    private static final Pattern CSRF_FIELD =
            Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">");

    @Inject Fixtures fixtures;
    @Inject AgroalDataSource dataSource;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void plantedPhoneAndTextThroughSurvivorChannelsReachNoLogAnswerOrMetric() throws SQLException {
        String code = fixtures.provider(fixtures.district().id, "POLICE", "Canning Police Station");
        String phone = "+91" + Staff.CANARY_PHONE;
        String text = TEXT + " call " + Staff.CANARY_PHONE;
        List<String> answers = new ArrayList<>();

        try (CapturedLog log = CapturedLog.install()) {
            answers.add(rateOnTheWebForm(code, text));
            answers.add(given().get("/r/" + Staff.CANARY_PHONE + TEXT).asString());
            answers.add(given().get("/no-such-page/" + Staff.CANARY_PHONE).asString());
            for (String body : List.of("R " + code + " 3 N " + text, text)) {
                answers.add(
                        TwilioRequests.post(
                                        "/twilio/sms",
                                        TwilioRequests.sms(SmsRecords.messageSid(), phone, body))
                                .asString());
                answers.add(gatewaySms(phone, body).asString());
            }
            TwilioCall call = TwilioCall.incoming(phone);
            TwimlXml prompt = call.answer();
            answers.add(prompt.text("/Response"));
            answers.add(call.press(prompt, Staff.CANARY_PHONE + "#").text("/Response"));

            assertThat(log.size()).isPositive();
            assertThat(log.text()).doesNotContain(Staff.CANARY_PHONE).doesNotContain(TEXT);
        }
        String metrics =
                given().baseUri(
                                management.getProtocol()
                                        + "://"
                                        + management.getHost()
                                        + ":"
                                        + management.getPort())
                        .get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(metrics)
                .as("the metrics saw the traffic")
                .contains("uri=\"/twilio/sms\"")
                .doesNotContain(Staff.CANARY_PHONE)
                .doesNotContain(TEXT);
        assertThat(String.join("\n", answers))
                .doesNotContain(Staff.CANARY_PHONE)
                .doesNotContain(TEXT);
        assertThat(databaseDump()).doesNotContain(Staff.CANARY_PHONE);
    }

    /** The survivor web form's two steps, the comment holding the canary; the last page. */
    private static String rateOnTheWebForm(String code, String comment) {
        Response page = given().get("/rate?lang=en");
        Matcher csrf = CSRF_FIELD.matcher(page.asString());
        assertThat(csrf.find()).as("CSRF field of /rate").isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", csrf.group(1));
        fields.put("step", "answers");
        fields.put("code", code);
        fields.put("lang", "en");
        fields.put("overall", "2");
        fields.put("comment", comment);
        return given().redirects()
                .follow(false)
                .cookie(CSRF_COOKIE, page.cookie(CSRF_COOKIE))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(fields)
                .post("/rate")
                .asString();
    }

    /** An SMS through the test profile's generic gateway, signed like the aggregator signs. */
    private static Response gatewaySms(String phone, String body) {
        String form =
                "mid="
                        + SmsRecords.messageSid()
                        + "&msisdn="
                        + URLEncoder.encode(phone, StandardCharsets.UTF_8)
                        + "&message="
                        + URLEncoder.encode(body, StandardCharsets.UTF_8);
        return given().contentType("application/x-www-form-urlencoded")
                .header(
                        "X-Signature",
                        GatewaySignature.sign(
                                "test-only-gateway-secret", form.getBytes(StandardCharsets.UTF_8)))
                .body(form)
                .post("/gateway/sms/test-gateway");
    }

    @Test
    void plantedPhonePinAndCommentNeverLeak() throws SQLException {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        String admin = fixtures.user(Roles.ADMIN, null);
        String code = fixtures.provider(district.id, "POLICE", "Gosaba Police Station");
        List<String> responses = new ArrayList<>();

        try (CapturedLog log = CapturedLog.install()) {
            String enrolled =
                    as(worker)
                            .contentType(ContentType.JSON)
                            .body(
                                    Map.of(
                                            "phone",
                                            "+91 " + Staff.CANARY_PHONE,
                                            "language",
                                            "bn",
                                            "areaId",
                                            district.id,
                                            "ivrPin",
                                            PIN,
                                            "consent",
                                            Map.of(
                                                    "sms",
                                                    true,
                                                    "ivr",
                                                    true,
                                                    "webLink",
                                                    true,
                                                    "reporting",
                                                    true)))
                            .post("/api/v1/survivors")
                            .then()
                            .statusCode(201)
                            .extract()
                            .asString();
            responses.add(enrolled);
            long survivor = Long.parseLong(enrolled.replaceAll("\\D", ""));
            responses.add(as(worker).get("/api/v1/survivors/" + survivor).asString());
            responses.add(
                    as(worker)
                            .contentType(ContentType.JSON)
                            .body(Map.of("sms", false))
                            .patch("/api/v1/survivors/" + survivor + "/consent")
                            .asString());
            // invalid enrolments must not echo what was typed
            responses.add(
                    as(worker)
                            .contentType(ContentType.JSON)
                            .body(
                                    Map.of(
                                            "phone",
                                            Staff.CANARY_PHONE + "0",
                                            "language",
                                            "xx",
                                            "areaId",
                                            district.id,
                                            "ivrPin",
                                            PIN + "1",
                                            "consent",
                                            Map.of("sms", true)))
                            .post("/api/v1/survivors")
                            .asString());
            responses.add(
                    as(worker)
                            .contentType(ContentType.JSON)
                            .body("{\"phone\": " + Staff.CANARY_PHONE + "x}")
                            .post("/api/v1/survivors")
                            .asString());
            long encounter = Staff.encounter(worker, survivor, code);
            responses.add(as(worker).get("/api/v1/encounters/" + encounter).asString());
            responses.add(
                    Staff.rateAssisted(
                                    worker,
                                    RatingEntry.ofEncounter(encounter, "bn")
                                            .overall(2)
                                            .comment(COMMENT + " call " + Staff.CANARY_PHONE))
                            .extract()
                            .asString());
            responses.add(
                    as(worker)
                            .contentType(ContentType.JSON)
                            .body(
                                    Json.object(
                                            "encounterId",
                                            encounter,
                                            "channel",
                                            "ASSISTED",
                                            "language",
                                            "bn",
                                            "answers",
                                            Map.of("overall", 9),
                                            "comment",
                                            COMMENT))
                            .post("/api/v1/ratings")
                            .asString());
            responses.add(as(admin).get("/api/v1/ratings?providerCode=" + code).asString());

            assertThat(log.size()).isPositive();
            assertThat(log.text())
                    .doesNotContain(Staff.CANARY_PHONE)
                    .doesNotContain(COMMENT)
                    .doesNotContain("PIN=" + PIN);
        }
        assertThat(String.join("\n", responses))
                .doesNotContain(Staff.CANARY_PHONE)
                .doesNotContain(PIN)
                .doesNotContain(COMMENT);
        // a four-digit PIN can occur by chance in ids, times and ciphertext, so the dump is
        // checked for the phone; the PIN column holds a bcrypt hash (checked in the survivor tests)
        assertThat(databaseDump()).doesNotContain(Staff.CANARY_PHONE);
    }

    /** Every column of every table, as text (binary columns decoded byte for byte). */
    private String databaseDump() throws SQLException {
        StringBuilder dump = new StringBuilder();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs =
                    s.executeQuery(
                            "select table_name from information_schema.tables"
                                    + " where table_schema = database()")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("survivor", "rating", "audit_log");
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select * from `" + table + "`")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            byte[] raw = rs.getBytes(i);
                            if (raw != null) {
                                dump.append(new String(raw, StandardCharsets.ISO_8859_1))
                                        .append('|');
                            }
                        }
                    }
                }
            }
        }
        return dump.toString();
    }
}
