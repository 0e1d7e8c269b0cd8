package org.survivorvoice.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/**
 * A staff page refuses in the user's language, as a page with the safety headers, never as the
 * API's problem+json; and refuses a form without its CSRF token before anything runs.
 */
@QuarkusTest
class StaffPageRefusalsTest {

    @Inject Fixtures fixtures;

    @Test
    void aRoleThatMayNotOpenAPageGetsAFriendly403InHerLanguage() {
        StaffPageClient worker = StaffPageClient.as(fixtures.user(Roles.FIELDWORKER, null));
        Response english = worker.get("/staff/users");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.contentType()).startsWith("text/html");
        assertThat(english.body().asString()).contains("Your account cannot open this page.");
        assertThat(english.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        Response bengali = worker.get("/staff/reports?lang=bn");
        assertThat(bengali.statusCode()).isEqualTo(403);
        assertThat(bengali.body().asString()).contains("আপনার অ্যাকাউন্ট এই পাতাটি খুলতে পারে না।");
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndChangesNothing() {
        String admin = fixtures.user(Roles.ADMIN, null);
        Response refused =
                io.restassured.RestAssured.given()
                        .auth()
                        .preemptive()
                        .basic(admin, Fixtures.PASSWORD)
                        .redirects()
                        .follow(false)
                        .contentType("application/x-www-form-urlencoded")
                        .formParams(Map.of("name", "Forged district", "level", "STATE"))
                        .post("/staff/areas");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body().asString()).contains("This form has expired");
        assertThat(StaffPageClient.as(admin).get("/staff/areas").body().asString())
                .doesNotContain("Forged district");
    }
}
