package org.survivorvoice.feedback.intake.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.testing.CapturedLog;

@QuarkusTest
class InvitationFormResourceTest {

    @Inject InvitationLinks links;
    @Inject SurvivorMessages messages;

    @Test
    void aLinkOpensTheQuestionsInTheSurvivorsLanguageAndStoresAVerifiedRating() {
        InvitationLinks.Link link = links.fresh("Invitation Test Hospital");
        WebForms.Opened page = WebForms.open("/r/" + link.token());
        assertThat(page.html())
                .contains("<html lang=\"hi\">")
                .contains("<strong id=\"provider\">Invitation Test Hospital</strong>")
                .contains("action=\"/r/" + link.token() + "\"")
                .doesNotContain(messages.text(SurvivorLanguage.HI, "web.change-code"));

        page.post(given(), "/r/" + link.token(), WebForms.answers(link.providerCode(), "hi", "5"))
                .then()
                .statusCode(303)
                .header("Location", containsString("/rate/thanks?lang=hi"));

        List<Rating> stored = WebForms.ratingsOf(link.providerCode());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).channel).isEqualTo(Channel.WEB);
        assertThat(stored.get(0).verified).isTrue();
        assertThat(stored.get(0).encounter.id).isEqualTo(link.encounterId());
        assertThat(stored.get(0).language).isEqualTo("hi");
    }

    @Test
    void usedExpiredAndUnknownLinksGetTheSameNeutralPage() {
        InvitationLinks.Link used = links.fresh("Used Link Clinic");
        WebForms.Opened page = WebForms.open("/r/" + used.token());
        page.post(given(), "/r/" + used.token(), WebForms.answers(used.providerCode(), "bn", "4"))
                .then()
                .statusCode(303);
        InvitationLinks.Link expired = links.fresh("Expired Link Clinic");
        links.expire(expired.encounterId());
        String unknown = "AAAAAAAAAAAAAAAAAAAAAAAA";

        List<Response> answers =
                List.of(
                        given().get("/r/" + used.token() + "?lang=en"),
                        given().get("/r/" + expired.token() + "?lang=en"),
                        given().get("/r/" + unknown + "?lang=en"),
                        given().get("/r/not-even-a-token?lang=en"));
        String first = answers.get(0).asString();
        for (Response answer : answers) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            assertThat(answer.asString())
                    .isEqualTo(first)
                    .contains(messages.text(SurvivorLanguage.EN, "web.link-unavailable"));
        }
        // reusing the used link's page changes nothing
        page.post(given(), "/r/" + used.token(), WebForms.answers(used.providerCode(), "bn", "1"))
                .then()
                .statusCode(404);
        WebForms.Opened expiredPage = WebForms.open("/rate");
        expiredPage
                .post(
                        given(),
                        "/r/" + expired.token(),
                        WebForms.answers(expired.providerCode(), "en", "1"))
                .then()
                .statusCode(404);
        assertThat(WebForms.ratingsOf(used.providerCode())).hasSize(1);
        assertThat(WebForms.ratingsOf(expired.providerCode())).isEmpty();
    }

    @Test
    void aMissingAnswerKeepsTheLinkUsableAndATamperedOneStoresNothing() {
        InvitationLinks.Link link = links.fresh("Validation Link Clinic");
        WebForms.Opened page = WebForms.open("/r/" + link.token() + "?lang=te");
        Map<String, String> fields = WebForms.answers(link.providerCode(), "te", "3");
        fields.remove("overall");
        page.post(given(), "/r/" + link.token(), fields)
                .then()
                .statusCode(422)
                .body(
                        containsString(
                                messages.text(SurvivorLanguage.TE, "web.error.answer-required")));
        page.post(given(), "/r/" + link.token(), WebForms.answers(link.providerCode(), "te", "8"))
                .then()
                .statusCode(400);
        assertThat(WebForms.ratingsOf(link.providerCode())).isEmpty();

        page.post(given(), "/r/" + link.token(), WebForms.answers(link.providerCode(), "te", "3"))
                .then()
                .statusCode(303);
        assertThat(WebForms.ratingsOf(link.providerCode())).hasSize(1);
    }

    @Test
    void aLinkWithoutItsPagesCsrfTokenIsRefusedAndStaysUsable() {
        InvitationLinks.Link link = links.fresh("Csrf Link Clinic");
        given().contentType("application/x-www-form-urlencoded")
                .formParams(WebForms.answers(link.providerCode(), "en", "5"))
                .post("/r/" + link.token())
                .then()
                .statusCode(403);
        assertThat(WebForms.ratingsOf(link.providerCode())).isEmpty();
        given().get("/r/" + link.token()).then().statusCode(200);
    }

    @Test
    void theTokenNeverReachesTheLogAndTheLinkedPagesNameNoOtherHost() {
        InvitationLinks.Link link = links.fresh("Quiet Link Clinic");
        try (CapturedLog log = CapturedLog.install()) {
            WebForms.Opened page = WebForms.open("/r/" + link.token());
            assertThat(page.html().getBytes(StandardCharsets.UTF_8).length).isLessThan(45 * 1024);
            for (String url : WebForms.urls(page.html())) {
                assertThat(url).startsWith("/").doesNotStartWith("//");
            }
            given().contentType("application/x-www-form-urlencoded")
                    .formParam("step", "answers")
                    .post("/r/" + link.token())
                    .then()
                    .statusCode(403);
            page.post(
                            given(),
                            "/r/" + link.token(),
                            WebForms.answers(link.providerCode(), "en", "2"))
                    .then()
                    .statusCode(303);
            assertThat(log.text()).contains("verified true").doesNotContain(link.token());
        }
    }
}
