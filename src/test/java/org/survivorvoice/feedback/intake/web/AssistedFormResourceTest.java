package org.survivorvoice.feedback.intake.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

@QuarkusTest
class AssistedFormResourceTest {

    @Inject Fixtures fixtures;
    @Inject SurvivorMessages messages;

    @Test
    void onlyFieldWorkersAndAdminsOpenTheAssistedPage() {
        Area district = fixtures.district();
        given().get("/staff/assisted").then().statusCode(401);
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
        page.post(given(), "/staff/assisted", WebForms.answers(code, "en", "4"))
                .then()
                .statusCode(401);
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
