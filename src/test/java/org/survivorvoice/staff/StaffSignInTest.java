package org.survivorvoice.staff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.web.CsrfToken;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/**
 * Signing in to and out of the staff pages: the session cookie, the login throttle, CSRF on the
 * sign-in form, the way back to the page asked for, and sign-out ending the session for good.
 */
@QuarkusTest
class StaffSignInTest {

    private static final String SESSION = "__Host-sv_session";
    private static final String CSRF = CsrfToken.cookieName(true);

    @Inject Fixtures fixtures;

    @Test
    void aPageSendsABrowserThatIsNotSignedInToTheSignInPageAndBack() {
        Response response = given().redirects().follow(false).get("/staff");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login?next=%2Fstaff");
        Response page = given().get("/login?next=/staff/district&lang=bn");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.body().asString())
                .contains("ব্যবহারকারীর নাম")
                .contains("name=\"next\" value=\"/staff/district\"")
                .contains("name=\"csrf\"");
        assertThat(page.cookie(CSRF)).isNotBlank();
        assertThat(page.detailedCookie("sv_lang").getValue()).isEqualTo("bn");
    }

    @Test
    void theApiStillAnswersScriptsWith401() {
        Response response = given().redirects().follow(false).get("/api/v1/providers");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("Location")).isNull();
    }

    @Test
    void signingInOpensASessionAndGoesBackToThePageAskedFor() {
        String user = fixtures.user(Roles.OFFICIAL, fixtures.district().id);
        Response signedIn = signIn(user, Fixtures.PASSWORD, "/staff/district");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/staff/district");
        var cookie = signedIn.detailedCookie(SESSION);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecured()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(cookie.getValue()).doesNotContain(user);
        Response start = withSession(cookie.getValue()).get("/staff");
        assertThat(start.statusCode()).isEqualTo(303);
        assertThat(start.header("Location")).endsWith("/staff/district");
    }

    @Test
    void aReturnPathOutsideTheStaffPagesIsIgnored() {
        String user = fixtures.user(Roles.FUNDER, null);
        for (String next : new String[] {"https://evil.example/", "//evil.example", "/api/v1/x"}) {
            Response signedIn = signIn(user, Fixtures.PASSWORD, next);
            assertThat(signedIn.header("Location")).as(next).endsWith("/staff");
        }
    }

    @Test
    void aWrongPasswordShowsTheFormAgainAndFiveLockTheUserName() {
        String user = fixtures.user(Roles.FIELDWORKER, null);
        for (int i = 0; i < 5; i++) {
            Response wrong = signIn(user, "not-the-password", "");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body().asString()).contains("The user name or password is wrong.");
            assertThat(wrong.cookie(SESSION)).isNull();
        }
        Response locked = signIn(user, Fixtures.PASSWORD, "");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotBlank();
        assertThat(locked.body().asString()).contains("Too many wrong passwords");
        assertThat(locked.cookie(SESSION)).isNull();
    }

    @Test
    void theSignInFormNeedsItsCsrfToken() {
        String user = fixtures.user(Roles.FUNDER, null);
        Response response =
                given().redirects()
                        .follow(false)
                        .contentType("application/x-www-form-urlencoded")
                        .formParam("username", user)
                        .formParam("password", Fixtures.PASSWORD)
                        .post("/login");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.cookie(SESSION)).isNull();
    }

    @Test
    void aChangedCookieIsNoSession() {
        String user = fixtures.user(Roles.FUNDER, null);
        String value = signIn(user, Fixtures.PASSWORD, "").cookie(SESSION);
        String changed =
                value.substring(0, 20)
                        + (value.charAt(20) == 'A' ? 'B' : 'A')
                        + value.substring(21);
        assertThat(withSession(changed).get("/staff").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSessionEvenIfTheCookieWasKept() {
        String user = fixtures.user(Roles.FUNDER, null);
        String value = signIn(user, Fixtures.PASSWORD, "").cookie(SESSION);
        String token = CsrfToken.issue();
        Response out =
                withSession(value)
                        .cookie(CSRF, token)
                        .contentType("application/x-www-form-urlencoded")
                        .formParam("csrf", token)
                        .post("/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/login?signed-out=1");
        assertThat(out.detailedCookie(SESSION).getMaxAge()).isZero();
        assertThat(withSession(value).get("/staff").statusCode())
                .as("a copy of the cookie is refused after sign-out")
                .isEqualTo(302);
        String again = signIn(user, Fixtures.PASSWORD, "").cookie(SESSION);
        assertThat(withSession(again).get("/staff").statusCode()).isEqualTo(303);
    }

    @Test
    void aDeactivatedAccountLosesItsSessionAtOnce() {
        String user = fixtures.user(Roles.FUNDER, null);
        String value = signIn(user, Fixtures.PASSWORD, "").cookie(SESSION);
        fixtures.deactivate(user);
        assertThat(withSession(value).get("/staff").statusCode()).isEqualTo(302);
    }

    private static Response signIn(String user, String password, String next) {
        String token = CsrfToken.issue();
        return given().redirects()
                .follow(false)
                .cookie(CSRF, token)
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", token)
                .formParam("username", user)
                .formParam("password", password)
                .formParam("next", next)
                .post("/login");
    }

    private static RequestSpecification withSession(String value) {
        return given().redirects().follow(false).cookie(SESSION, value);
    }
}
