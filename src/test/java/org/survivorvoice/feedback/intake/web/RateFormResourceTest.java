package org.survivorvoice.feedback.intake.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.provider.ProviderCode;
import org.survivorvoice.testing.CapturedLog;
import org.survivorvoice.testing.Fixtures;

@QuarkusTest
class RateFormResourceTest {

    @Inject Fixtures fixtures;
    @Inject SurvivorMessages messages;

    private String provider(String name) {
        Area district = fixtures.district();
        return fixtures.provider(district.id, "HOSPITAL", name);
    }

    @Test
    void everyPageSendsTheSafetyHeaders() {
        String code = provider("Basirhat Sub-Divisional Hospital");
        WebForms.Opened page = WebForms.open("/rate");
        List<Response> answers =
                List.of(
                        given().get("/rate"),
                        given().get("/rate?lang=te"),
                        page.post(given(), "/rate", WebForms.codeStep(code, "bn")),
                        page.post(given(), "/rate", WebForms.codeStep("123456", "hi")),
                        given().get("/rate/thanks"),
                        given().contentType("application/x-www-form-urlencoded")
                                .formParam("step", "code")
                                .post("/rate"));
        for (Response answer : answers) {
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            assertThat(answer.header("Content-Security-Policy")).startsWith("default-src 'self'");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.contentType()).startsWith("text/html");
        }
    }

    @Test
    void anAddressWithoutAPageIsRefusedInTheChosenLanguage() {
        Response telugu = given().get("/rate/nowhere?lang=te");
        Response remembered = given().cookie("sv_lang", "hi").get("/rate/nowhere");
        Response guessed = given().header("Accept-Language", "bn-IN,en;q=0.5").get("/rate/nowhere");

        assertThat(telugu.statusCode()).isEqualTo(404);
        assertThat(telugu.contentType()).startsWith("text/html");
        assertThat(telugu.asString()).contains("<html lang=\"te\">", "కనబడలేదు");
        assertThat(remembered.asString()).contains("<html lang=\"hi\">", "नहीं मिला");
        assertThat(guessed.asString()).contains("<html lang=\"bn\">", "পাওয়া যায়নি");
    }

    @Test
    void everyPageHasANeutralTitleAQuickExitAndTheLanguageSwitch() {
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            String html = given().get("/rate?lang=" + language.code()).asString();
            assertThat(html)
                    .contains("<html lang=\"" + language.code() + "\">")
                    .contains("<title>" + messages.text(language, "web.title") + "</title>")
                    .contains("href=\"/exit\"")
                    .contains("<label for=\"code\">");
            for (SurvivorLanguage other : SurvivorLanguage.values()) {
                assertThat(html).contains(messages.text(other, "web.language-name"));
                if (other != language) {
                    assertThat(html).contains("href=\"/rate?lang=" + other.code() + "\"");
                }
            }
            assertThat(html.toLowerCase()).doesNotContain("traffick");
        }
    }

    @Test
    void noPageReferencesAnotherHostAndEachWeighsUnder50Kb() {
        String code = provider("Hasnabad Rural Hospital");
        byte[] css =
                given().get("/web/survivor.css").then().statusCode(200).extract().asByteArray();
        assertThat(new String(css, StandardCharsets.UTF_8))
                .doesNotContain("url(")
                .doesNotContain("@import");
        WebForms.Opened page = WebForms.open("/rate?lang=bn");
        Map<String, String> noOverall = new LinkedHashMap<>(WebForms.answers(code, "te", "1"));
        noOverall.remove("overall");
        List<String> pages =
                List.of(
                        page.html(),
                        given().get("/rate?lang=hi").asString(),
                        page.post(given(), "/rate", WebForms.codeStep(code, "te")).asString(),
                        page.post(given(), "/rate", WebForms.codeStep("১২৩৪৫৬", "bn")).asString(),
                        page.post(given(), "/rate", noOverall).asString(),
                        given().get("/rate/thanks?lang=te").asString(),
                        given().contentType("application/x-www-form-urlencoded")
                                .formParam("step", "code")
                                .post("/rate")
                                .asString());
        for (String html : pages) {
            List<String> urls = WebForms.urls(html);
            assertThat(urls).isNotEmpty().contains("/web/survivor.css", "/exit");
            for (String url : urls) {
                assertThat(url).as("URL on a survivor page").startsWith("/").doesNotStartWith("//");
            }
            assertThat(html).doesNotContain("<script").doesNotContain("style=");
            int weight = html.getBytes(StandardCharsets.UTF_8).length + css.length;
            assertThat(weight).as("page plus CSS, bytes").isLessThan(50 * 1024);
        }
    }

    @Test
    void storesTheRatingAsWebAndUnverifiedWithIndianScriptDigitsInTheCode() {
        String code = provider("Sandeshkhali Primary Health Centre");
        String bengaliCode = bengaliDigits(code);
        WebForms.Opened page = WebForms.open("/rate?lang=bn");

        Response questions = page.post(given(), "/rate", WebForms.codeStep(bengaliCode, "bn"));
        assertThat(questions.statusCode()).isEqualTo(200);
        assertThat(questions.asString())
                .contains("<strong id=\"provider\">Sandeshkhali Primary Health Centre</strong>")
                .contains(messages.text(SurvivorLanguage.BN, "web.q.dignity"));
        assertThat(WebForms.ratingsOf(code)).isEmpty();

        Map<String, String> fields = WebForms.answers(code, "bn", "4");
        fields.put("comment", "ভালো ব্যবহার পেয়েছি");
        page.post(given(), "/rate", fields)
                .then()
                .statusCode(303)
                .header("Location", containsString("/rate/thanks?lang=bn"));

        List<Rating> stored = WebForms.ratingsOf(code);
        assertThat(stored).hasSize(1);
        Rating rating = stored.get(0);
        assertThat(rating.channel).isEqualTo(Channel.WEB);
        assertThat(rating.verified).isFalse();
        assertThat(rating.encounter).isNull();
        assertThat(rating.language).isEqualTo("bn");
        assertThat(rating.answers).isEqualTo(new RatingAnswers(4, 4, 3, 2, 5, true));
        assertThat(rating.comment).isEqualTo("ভালো ব্যবহার পেয়েছি");
        given().get("/rate/thanks?lang=bn")
                .then()
                .statusCode(200)
                .body(containsString(messages.text(SurvivorLanguage.BN, "web.thanks")));
    }

    @Test
    void aWrongCheckDigitIsShownNextToTheFieldKeptAndNothingIsStored() {
        String code = provider("Minakhan Block Health Centre");
        String wrong = code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 1) % 10);
        WebForms.Opened page = WebForms.open("/rate?lang=te");
        String error = messages.text(SurvivorLanguage.TE, "web.error.code-not-recognised");

        String html =
                page.post(given(), "/rate", WebForms.codeStep(wrong, "te"))
                        .then()
                        .statusCode(422)
                        .extract()
                        .asString();
        assertThat(html)
                .contains("<p class=\"error\" id=\"code-error\">" + error + "</p>")
                .contains("value=\"" + wrong + "\"")
                .contains("aria-invalid=\"true\"")
                .contains("<html lang=\"te\">");
        // the second step re-checks the code it carries: a tampered one is refused there too
        page.post(given(), "/rate", WebForms.answers(wrong, "te", "5"))
                .then()
                .statusCode(422)
                .body(containsString(error));
        page.post(given(), "/rate", WebForms.codeStep("", "hi"))
                .then()
                .statusCode(422)
                .body(
                        containsString(
                                messages.text(SurvivorLanguage.HI, "web.error.code-required")));
        assertThat(WebForms.ratingsOf(code)).isEmpty();
        assertThat(WebForms.ratingsOf(wrong)).isEmpty();
    }

    @Test
    void anUnknownCodeWithAValidCheckDigitIsRefusedAtTheAnswersStepWithItsAnswersNotStored() {
        // the answers step stores without reading the provider's name first: the store refuses
        // a code no provider has with the same page as the code step does
        String unknown = unknownCode();
        WebForms.Opened page = WebForms.open("/rate?lang=bn");
        String error = messages.text(SurvivorLanguage.BN, "web.error.code-not-recognised");

        String html =
                page.post(given(), "/rate", WebForms.answers(unknown, "bn", "4"))
                        .then()
                        .statusCode(422)
                        .extract()
                        .asString();

        assertThat(html)
                .contains("<p class=\"error\" id=\"code-error\">" + error + "</p>")
                .contains("value=\"" + unknown + "\"")
                .contains("<html lang=\"bn\">");
        assertThat(WebForms.ratingsOf(unknown)).isEmpty();
        // and a known code at the same step is stored, once
        String code = provider("Sandeshkhali Police Station");
        page.post(given(), "/rate", WebForms.answers(code, "bn", "4"))
                .then()
                .statusCode(303)
                .header("Location", containsString("/rate/thanks?lang=bn"));
        assertThat(WebForms.ratingsOf(code)).hasSize(1);
    }

    /** A well-formed code (its check digit right) that no provider has. */
    private static String unknownCode() {
        for (int body = 99_999; ; body--) {
            String code = ProviderCode.withCheckDigit(String.format("%05d", body)).value();
            if (QuarkusTransaction.requiringNew().call(() -> Provider.findByCode(code) == null)) {
                return code;
            }
        }
    }

    @Test
    void aMissingAnswerIsShownNextToItsQuestionWithTheOtherAnswersKept() {
        String code = provider("Hingalganj Gram Panchayat Office");
        WebForms.Opened page = WebForms.open("/rate");
        Map<String, String> fields = WebForms.answers(code, "hi", "1");
        fields.remove("overall");
        fields.put("comment", "लंबा इंतज़ार");

        String html =
                page.post(given(), "/rate", fields).then().statusCode(422).extract().asString();

        assertThat(html)
                .contains(
                        "<p class=\"error\" id=\"overall-error\">"
                                + messages.text(SurvivorLanguage.HI, "web.error.answer-required"))
                .contains("id=\"dignity-4\" name=\"dignity\" value=\"4\" checked")
                .contains("id=\"timeliness-2\" name=\"timeliness\" value=\"2\" checked")
                .contains("id=\"money-yes\" name=\"money\" value=\"yes\" checked")
                .contains(">लंबा इंतज़ार</textarea>");
        assertThat(WebForms.ratingsOf(code)).isEmpty();
    }

    @Test
    void aTamperedFormGetsA400PageAndNothingIsStored() {
        String code = provider("Taki Municipality Office");
        WebForms.Opened page = WebForms.open("/rate");
        for (String overall : List.of("6", "0", "-1", "five", "৫", "4.5", "99999999999")) {
            page.post(given(), "/rate", WebForms.answers(code, "en", overall))
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("text/html"))
                    .body(containsString(messages.text(SurvivorLanguage.EN, "web.bad-request")));
        }
        Map<String, String> badMoney = WebForms.answers(code, "en", "3");
        badMoney.put("money", "maybe");
        page.post(given(), "/rate", badMoney).then().statusCode(400);
        Map<String, String> badStep = WebForms.answers(code, "en", "3");
        badStep.put("step", "done");
        page.post(given(), "/rate", badStep).then().statusCode(400);
        // the same field twice cannot come from the page
        given().redirects()
                .follow(false)
                .cookie(WebForms.CSRF_COOKIE, page.cookie())
                .contentType("application/x-www-form-urlencoded")
                .body(
                        "csrf="
                                + page.token()
                                + "&step=answers&code="
                                + code
                                + "&overall=3&overall=5")
                .post("/rate")
                .then()
                .statusCode(400);
        given().cookie(WebForms.CSRF_COOKIE, page.cookie())
                .contentType("application/json")
                .body("{\"overall\":3}")
                .post("/rate")
                .then()
                .statusCode(415);
        assertThat(WebForms.ratingsOf(code)).isEmpty();
    }

    @Test
    void aPostWithoutTheCsrfTokenOfItsPageIsRefusedAndNothingIsStored() {
        String code = provider("Hasnabad Police Outpost Clinic");
        WebForms.Opened page = WebForms.open("/rate");
        WebForms.Opened other = WebForms.open("/rate");
        Map<String, String> fields = WebForms.answers(code, "bn", "5");
        fields.put("csrf", page.token());
        String expired = messages.text(SurvivorLanguage.BN, "web.expired");

        // no cookie: a page on another site posting into ours
        given().contentType("application/x-www-form-urlencoded")
                .formParams(fields)
                .post("/rate")
                .then()
                .statusCode(403)
                .body(containsString(expired));
        // the cookie but no field
        Map<String, String> withoutField = new LinkedHashMap<>(fields);
        withoutField.remove("csrf");
        given().cookie(WebForms.CSRF_COOKIE, page.cookie())
                .contentType("application/x-www-form-urlencoded")
                .formParams(withoutField)
                .post("/rate")
                .then()
                .statusCode(403);
        // another browser's token
        given().cookie(WebForms.CSRF_COOKIE, page.cookie())
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf", other.token()))
                .formParams(withoutField)
                .post("/rate")
                .then()
                .statusCode(403);
        assertThat(WebForms.ratingsOf(code)).isEmpty();

        page.post(given(), "/rate", WebForms.answers(code, "bn", "5")).then().statusCode(303);
        assertThat(WebForms.ratingsOf(code)).hasSize(1);
    }

    @Test
    void theCsrfCookieIsHttpOnlyStrictAndHostBound() {
        String setCookie =
                given().get("/rate").then().statusCode(200).extract().header("Set-Cookie");
        assertThat(setCookie)
                .startsWith(WebForms.CSRF_COOKIE + "=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("Secure")
                .containsIgnoringCase("SameSite=Strict")
                .containsIgnoringCase("Path=/");
        // a language chosen by a link is remembered
        assertThat(given().get("/rate?lang=hi").headers().getValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("sv_lang=hi"));
        assertThat(given().cookie("sv_lang", "te").get("/rate").asString())
                .contains("<html lang=\"te\">");
        assertThat(given().header("Accept-Language", "bn-IN,en;q=0.5").get("/rate").asString())
                .contains("<html lang=\"bn\">");
    }

    @Test
    void theQuickExitLeavesForANeutralSiteAndClearsCookies() {
        given().redirects()
                .follow(false)
                .get("/exit")
                .then()
                .statusCode(303)
                .header("Location", startsWith("https://www.google.com/"))
                .header("Clear-Site-Data", equalTo("\"cookies\""))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    void aCommentAndCodeNeverReachTheLog() {
        String code = provider("Canary Health Sub-Centre");
        String canary = "canary-comment-9876543210-" + System.nanoTime();
        WebForms.Opened page = WebForms.open("/rate");
        Map<String, String> fields = WebForms.answers(code, "en", "2");
        fields.put("comment", canary);
        try (CapturedLog log = CapturedLog.install()) {
            page.post(given(), "/rate", fields).then().statusCode(303);
            Map<String, String> missing = new LinkedHashMap<>(fields);
            missing.remove("overall");
            page.post(given(), "/rate", missing).then().statusCode(422);
            given().contentType("application/x-www-form-urlencoded")
                    .formParams(fields)
                    .post("/rate")
                    .then()
                    .statusCode(403);
            assertThat(log.text())
                    .contains("channel WEB")
                    .doesNotContain(canary)
                    .doesNotContain("9876543210");
        }
    }

    private static String bengaliDigits(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.appendCodePoint(0x09E6 + (c - '0')));
        return out.toString();
    }
}
