package org.survivorvoice.safetydesk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.feedback.intake.twilio.TwilioRequests;
import org.survivorvoice.feedback.intake.web.InvitationLinks;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.RatingEntry;
import org.survivorvoice.testing.Staff;

/**
 * Cases open through the channels that already hand every stored rating to the desk (through
 * FeedbackService): the survivor web form, the assisted page and API, and an unsolicited SMS
 * through the signed Twilio webhook, each opening one case in the right district, a replayed
 * webhook none, and a rating without a signal none.
 */
@QuarkusTest
class CaseOpeningChannelsTest {

    private static final String CSRF_COOKIE = "__Host-sv_csrf";
    private static final Pattern CSRF_FIELD =
            Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">");

    @Inject Fixtures fixtures;
    @Inject InvitationLinks links;

    @Test
    void aWebFormCommentWithDangerWordsOpensOneAnonymousCaseInTheProvidersDistrict() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "HOSPITAL", "Haroa Rural Hospital");
        Page page = Page.open(given(), "/rate?lang=hi");

        Map<String, String> fields = answers(code, "hi", "4", "no");
        fields.put("comment", "दलाल ने मुझे जान से मारने की धमकी दी");
        page.post(given(), "/rate", fields).then().statusCode(303);

        List<Opened> cases = casesOf(code);
        assertThat(cases).hasSize(1);
        Opened opened = cases.get(0);
        assertThat(opened.signals()).isEqualTo("DANGER_WORDS");
        assertThat(opened.channel()).isEqualTo(CaseChannel.WEB);
        assertThat(opened.district()).isEqualTo(district.id);
        assertThat(opened.survivor()).isNull();
        assertThat(opened.phoneHeld()).isFalse();
        assertThat(opened.sourceKey()).startsWith("rating:");
    }

    @Test
    void anInvitationLinkAnsweredWithALowestRatingAndACommentOpensOneCaseOfHers() {
        InvitationLinks.Link link = links.fresh("Sandeshkhali Rural Hospital");
        Page page = Page.open(given(), "/r/" + link.token() + "?lang=bn");

        Map<String, String> fields = answers(link.providerCode(), "bn", "1", "no");
        fields.put("comment", "😡");
        page.post(given(), "/r/" + link.token(), fields).then().statusCode(303);

        List<Opened> cases = casesOf(link.providerCode());
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).signals()).isEqualTo("LOWEST_RATING_WITH_COMMENT");
        assertThat(cases.get(0).channel()).isEqualTo(CaseChannel.WEB);
        assertThat(cases.get(0).survivor()).as("the invited survivor").isNotNull();
        assertThat(cases.get(0).district()).isEqualTo(cases.get(0).providerDistrict());
    }

    @Test
    void anAssistedRatingWithMoneyAskedOpensOneCaseInTheSurvivorsDistrictFromPageAndApi() {
        Area home = fixtures.district();
        Area elsewhere = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        String code = fixtures.provider(elsewhere.id, "POLICE", "Minakhan Police Station");
        long pageSurvivor = Staff.enrol(worker, home.id, phone());
        long apiSurvivor = Staff.enrol(worker, home.id, phone());
        long pageEncounter = Staff.encounter(worker, pageSurvivor, code);
        long apiEncounter = Staff.encounter(worker, apiSurvivor, code);

        Page page = Page.open(as(worker), "/staff/assisted?lang=bn");
        Map<String, String> fields = answers(code, "bn", "3", "yes");
        fields.put("encounter", Long.toString(pageEncounter));
        page.post(as(worker), "/staff/assisted", fields).then().statusCode(303);
        Staff.rateAssisted(
                        worker,
                        RatingEntry.ofEncounter(apiEncounter, "te")
                                .answers(Map.of("overall", 3))
                                .moneyAsked(true))
                .statusCode(201);

        List<Opened> cases = casesOf(code);
        assertThat(cases).hasSize(2);
        assertThat(cases).extracting(Opened::survivor).containsExactly(pageSurvivor, apiSurvivor);
        for (Opened opened : cases) {
            assertThat(opened.signals()).isEqualTo("MONEY_ASKED");
            assertThat(opened.channel()).isEqualTo(CaseChannel.ASSISTED);
            assertThat(opened.district()).as("her district, not the provider's").isEqualTo(home.id);
            assertThat(opened.phoneHeld()).isFalse();
        }
    }

    @Test
    void anUnsolicitedSmsRatingWithAThreatOpensOneCaseAndItsReplayNone() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "POLICE", "Hingalganj Police Station");
        Map<String, String> params =
                TwilioRequests.sms(
                        SmsRecords.messageSid(),
                        SmsRecords.phone(),
                        "R " + code + " 1 ওরা আমাকে হুমকি দিয়েছে");

        assertThat(TwilioRequests.post("/twilio/sms", params).statusCode()).isEqualTo(200);
        assertThat(TwilioRequests.post("/twilio/sms", params).statusCode()).isEqualTo(200);

        List<Opened> cases = casesOf(code);
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).signals()).isEqualTo("LOWEST_RATING_WITH_COMMENT,DANGER_WORDS");
        assertThat(cases.get(0).channel()).isEqualTo(CaseChannel.SMS);
        assertThat(cases.get(0).district()).isEqualTo(district.id);
    }

    @Test
    void ratingsWithoutASignalOpenNoCase() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "LEGAL_AID", "Taki Legal Aid Clinic");
        long survivor = Staff.enrol(worker, district.id, phone());
        long encounter = Staff.encounter(worker, survivor, code);

        Page page = Page.open(given(), "/rate?lang=te");
        Map<String, String> fields = answers(code, "te", "2", "no");
        fields.put("comment", "చాలా ఆలస్యం అయింది, కానీ చాలా సహాయం చేశారు 🙏");
        page.post(given(), "/rate", fields).then().statusCode(303);
        Staff.rateAssisted(
                        worker,
                        RatingEntry.ofEncounter(encounter, "bn")
                                .answers(Map.of("overall", 1))
                                .moneyAsked(false))
                .statusCode(201);
        assertThat(
                        TwilioRequests.post(
                                        "/twilio/sms",
                                        TwilioRequests.sms(
                                                SmsRecords.messageSid(),
                                                SmsRecords.phone(),
                                                "R " + code + " 5 N they helped me a lot"))
                                .statusCode())
                .isEqualTo(200);

        assertThat(ratingCount(code)).isEqualTo(3);
        assertThat(casesOf(code)).isEmpty();
    }

    /** A case as these tests look at it. */
    record Opened(
            String sourceKey,
            String signals,
            CaseChannel channel,
            Long district,
            Long survivor,
            boolean phoneHeld,
            Long providerDistrict) {}

    private static List<Opened> casesOf(String providerCode) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                SafetyCase.<SafetyCase>list(
                                                "provider.code = ?1 order by id", providerCode)
                                        .stream()
                                        .map(
                                                c ->
                                                        new Opened(
                                                                c.sourceKey,
                                                                c.signals,
                                                                c.channel,
                                                                c.district == null
                                                                        ? null
                                                                        : c.district.id,
                                                                c.survivor == null
                                                                        ? null
                                                                        : c.survivor.id,
                                                                c.phoneCiphertext != null,
                                                                c.provider.district.id))
                                        .toList());
    }

    private static long ratingCount(String providerCode) {
        return QuarkusTransaction.requiringNew()
                .call(() -> org.survivorvoice.feedback.Rating.count("provider.code", providerCode));
    }

    private static String phone() {
        return "98" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    /** The second step of a web form with every question answered. */
    private static Map<String, String> answers(
            String code, String lang, String overall, String money) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("step", "answers");
        fields.put("code", code);
        fields.put("lang", lang);
        fields.put("overall", overall);
        fields.put("dignity", "4");
        fields.put("listened", "3");
        fields.put("timeliness", "2");
        fields.put("outcome", "4");
        fields.put("money", money);
        return fields;
    }

    /** A form page opened as a browser opens it: its CSRF cookie and the token its form carries. */
    record Page(String cookie, String token) {

        static Page open(RequestSpecification request, String path) {
            Response page = request.get(path);
            assertThat(page.statusCode()).as("GET " + path).isEqualTo(200);
            Matcher m = CSRF_FIELD.matcher(page.asString());
            assertThat(m.find()).as("CSRF field on " + path).isTrue();
            return new Page(page.cookie(CSRF_COOKIE), m.group(1));
        }

        Response post(RequestSpecification request, String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("csrf", token);
            return request.redirects()
                    .follow(false)
                    .cookie(CSRF_COOKIE, cookie)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParams(all)
                    .post(path);
        }
    }
}
