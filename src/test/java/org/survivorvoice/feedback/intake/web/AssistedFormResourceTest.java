package org.survivorvoice.feedback.intake.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

@QuarkusTest
class AssistedFormResourceTest {

    @Inject Fixtures fixtures;
    @Inject SurvivorMessages messages;

    @Test
    void onlyFieldWorkersAndAdminsOpenTheAssistedPage() {
        Area district = fixtures.district();
        given().redirects()
                .follow(false)
                .get("/staff/assisted")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/login?next=%2Fstaff%2Fassisted"));
        as(fixtures.user(Roles.OFFICIAL, district.id))
                .get("/staff/assisted")
                .then()
                .statusCode(403);
        as(fixtures.user(Roles.FUNDER, null)).get("/staff/assisted").then().statusCode(403);
        as(fixtures.user(Roles.ADMIN, null)).get("/staff/assisted").then().statusCode(200);
        as(fixtures.user(Roles.FIELDWORKER, district.id))
                .get("/staff/assisted?lang=bn")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY")
                .body(containsString(messages.text(SurvivorLanguage.BN, "web.assisted-note")));
    }

    @Test
    void aFieldWorkerRecordsAnAssistedRatingInTheSurvivorsLanguage() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "LEGAL_AID", "Barasat Legal Aid Clinic");
        WebForms.Opened page = WebForms.open(as(worker), "/staff/assisted?lang=te");

        page.post(as(worker), "/staff/assisted", WebForms.codeStep(code, "te"))
                .then()
                .statusCode(200)
                .body(containsString("Barasat Legal Aid Clinic"));
        page.post(as(worker), "/staff/assisted", WebForms.answers(code, "te", "2"))
                .then()
                .statusCode(303)
                .header("Location", containsString("/staff/assisted/thanks?lang=te"));

        List<Rating> stored = WebForms.ratingsOf(code);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).channel).isEqualTo(Channel.ASSISTED);
        assertThat(stored.get(0).language).isEqualTo("te");
        assertThat(stored.get(0).verified).isFalse();
        assertThat(stored.get(0).answers.overall()).isEqualTo(2);
    }

    @Test
    void anAssistedRatingNamingItsEncounterIsVerifiedAndTiedToIt() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Encounter Check Police Station");
        long survivor =
                Staff.enrol(worker, district.id, "98" + (10_000_000 + RANDOM.nextInt(89_999_999)));
        long encounter = Staff.encounter(worker, survivor, code);
        WebForms.Opened page = WebForms.open(as(worker), "/staff/assisted?lang=bn");

        page.post(
                        as(worker),
                        "/staff/assisted",
                        withEncounter(WebForms.codeStep(code, "bn"), encounter))
                .then()
                .statusCode(200)
                .body(containsString("Encounter Check Police Station"))
                .body(containsString("name=\"encounter\" value=\"" + encounter + "\""));
        page.post(
                        as(worker),
                        "/staff/assisted",
                        withEncounter(WebForms.answers(code, "bn", "4"), encounter))
                .then()
                .statusCode(303);

        List<Rating> stored = WebForms.ratingsOf(code);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).verified).isTrue();
        assertThat(stored.get(0).encounter.id).isEqualTo(encounter);
        assertThat(stored.get(0).survivor.id).isEqualTo(survivor);
        assertThat(stored.get(0).channel).isEqualTo(Channel.ASSISTED);

        // the same encounter again: the error is shown next to the encounter, nothing is stored
        page.post(
                        as(worker),
                        "/staff/assisted",
                        withEncounter(WebForms.answers(code, "bn", "2"), encounter))
                .then()
                .statusCode(422)
                .body(
                        containsString(
                                messages.text(SurvivorLanguage.BN, "web.error.encounter-rated")));
        assertThat(WebForms.ratingsOf(code)).hasSize(1);
    }

    @Test
    void anEncounterOfAnotherProviderOrDistrictIsRefusedBeforeTheQuestions() {
        Area own = fixtures.district();
        Area other = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, own.id);
        String elsewhere = fixtures.user(Roles.FIELDWORKER, other.id);
        String code = fixtures.provider(own.id, "HOSPITAL", "Right Provider Hospital");
        String otherCode = fixtures.provider(own.id, "HOSPITAL", "Other Provider Hospital");
        long survivor =
                Staff.enrol(worker, own.id, "97" + (10_000_000 + RANDOM.nextInt(89_999_999)));
        long encounter = Staff.encounter(worker, survivor, otherCode);
        WebForms.Opened page = WebForms.open(as(worker), "/staff/assisted");

        page.post(
                        as(worker),
                        "/staff/assisted",
                        withEncounter(WebForms.codeStep(code, "en"), encounter))
                .then()
                .statusCode(422)
                .body(
                        containsString(
                                messages.text(
                                        SurvivorLanguage.EN,
                                        "web.error.encounter-other-provider")));
        page.post(as(worker), "/staff/assisted", withEncounter(WebForms.codeStep(code, "en"), 0))
                .then()
                .statusCode(422)
                .body(
                        containsString(
                                messages.text(
                                        SurvivorLanguage.EN, "web.error.encounter-not-found")));
        // another district's field worker cannot see the encounter at all
        String theirCode = fixtures.provider(other.id, "HOSPITAL", "Their Hospital");
        WebForms.Opened theirs = WebForms.open(as(elsewhere), "/staff/assisted");
        theirs.post(
                        as(elsewhere),
                        "/staff/assisted",
                        withEncounter(WebForms.answers(theirCode, "en", "5"), encounter))
                .then()
                .statusCode(422)
                .body(
                        containsString(
                                messages.text(
                                        SurvivorLanguage.EN, "web.error.encounter-not-found")));
        assertThat(WebForms.ratingsOf(code)).isEmpty();
        assertThat(WebForms.ratingsOf(otherCode)).isEmpty();
        assertThat(WebForms.ratingsOf(theirCode)).isEmpty();
    }

    private static final java.util.Random RANDOM = new java.util.Random();

    private static Map<String, String> withEncounter(Map<String, String> fields, long encounter) {
        Map<String, String> with = new java.util.LinkedHashMap<>(fields);
        with.put("encounter", Long.toString(encounter));
        return with;
    }

    @Test
    void aFieldWorkerBoundToADistrictDoesNotFindAnotherDistrictsProvider() {
        Area own = fixtures.district();
        Area other = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, own.id);
        String code = fixtures.provider(other.id, "HOSPITAL", "Elsewhere District Hospital");
        WebForms.Opened page = WebForms.open(as(worker), "/staff/assisted");

        page.post(as(worker), "/staff/assisted", WebForms.codeStep(code, "en"))
                .then()
                .statusCode(422)
                .body(
                        containsString(
                                messages.text(
                                        SurvivorLanguage.EN, "web.error.code-not-recognised")));
        page.post(as(worker), "/staff/assisted", WebForms.answers(code, "en", "5"))
                .then()
                .statusCode(422);
        assertThat(WebForms.ratingsOf(code)).isEmpty();
    }

    @Test
    void otherRolesCannotPostTheFormEvenWithAToken() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "HOSPITAL", "Role Check Health Centre");
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        WebForms.Opened page = WebForms.open("/rate");
        page.post(as(official), "/staff/assisted", WebForms.answers(code, "en", "4"))
                .then()
                .statusCode(403);
        page.post(
                        given().redirects().follow(false),
                        "/staff/assisted",
                        WebForms.answers(code, "en", "4"))
                .then()
                .statusCode(302)
                .header("Location", endsWith("/login"));
        assertThat(WebForms.ratingsOf(code)).isEmpty();
    }

    @Test
    void theLoggedInPageStillRefusesAPostWithoutItsCsrfToken() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "HOSPITAL", "Deganga Rural Hospital");
        // a page elsewhere makes the logged-in browser post: credentials go along, the token cannot
        as(worker)
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("step", "answers", "code", code, "overall", "1"))
                .post("/staff/assisted")
                .then()
                .statusCode(403);
        assertThat(WebForms.ratingsOf(code)).isEmpty();
    }
}
