package org.survivorvoice.feedback.intake.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.testing.Fixtures;

/** SAFETY V4 for the survivor pages: a burst from one address gets a friendly 429 page. */
@QuarkusTest
@TestProfile(SurvivorPageRateLimitTest.FewRequests.class)
class SurvivorPageRateLimitTest {

    /** Five requests per address per hour. */
    public static class FewRequests implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "survivor-voice.web.max-requests-per-ip", "5",
                    "survivor-voice.web.rate-window", "1H");
        }
    }

    @Inject Fixtures fixtures;
    @Inject SurvivorMessages messages;

    @Test
    void aBurstFromOneAddressGetsAFriendlyPageAndNothingIsStored() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "HOSPITAL", "Burst Test Health Centre");
        WebForms.Opened page = WebForms.open("/rate");
        for (int i = 0; i < 3; i++) {
            given().get("/rate").then().statusCode(200);
        }
        page.post(given(), "/rate", WebForms.codeStep(code, "bn")).then().statusCode(200);

        String html =
                page.post(given(), "/rate", WebForms.answers(code, "bn", "5"))
                        .then()
                        .statusCode(429)
                        .header(
                                "Retry-After",
                                Integer::parseInt,
                                org.hamcrest.Matchers.greaterThan(0))
                        .header("Cache-Control", "no-store")
                        .header("Content-Security-Policy", containsString("default-src 'self'"))
                        .extract()
                        .asString();
        assertThat(html)
                .contains("<html lang=\"bn\">")
                .contains(messages.text(SurvivorLanguage.BN, "web.too-many"));
        given().get("/rate?lang=te")
                .then()
                .statusCode(429)
                .body(containsString(messages.text(SurvivorLanguage.TE, "web.too-many")));
        assertThat(WebForms.ratingsOf(code)).isEmpty();
    }
}
