package org.survivorvoice.staff.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;
import org.survivorvoice.testing.StaffPageClient;

/** The button on her page that records her leaving the programme (SAFETY.md D3). */
@QuarkusTest
class SurvivorExitPageTest {

    @Inject Fixtures fixtures;

    @Test
    void theButtonMarksHerExitedAndThePageSaysSo() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        long id = Staff.enrol(worker, district.id, "98300 44444");
        StaffPageClient pages = StaffPageClient.as(worker);
        String page =
                pages.get("/staff/survivors/" + id + "/enrolled?lang=en")
                        .then()
                        .extract()
                        .asString();
        assertThat(page)
                .contains("action=\"/staff/survivors/" + id + "/exit\"")
                .contains("Her phone number is deleted 90 days after her last invitation ends");

        Response posted = pages.postForm("/staff/survivors/" + id + "/exit", Map.of());

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.header("Location")).endsWith("/staff/survivors/" + id + "/enrolled");
        String after =
                pages.get("/staff/survivors/" + id + "/enrolled?lang=en")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(after)
                .contains("Left the programme")
                .contains("has left the programme")
                .doesNotContain("/exit\"")
                .doesNotContain("id=\"log-encounter\"");
        as(worker)
                .get("/api/v1/survivors/" + id)
                .then()
                .body("status", org.hamcrest.Matchers.equalTo("EXITED"));
        assertThat(fixtures.auditActions("survivor", id)).containsSubsequence("ENROL", "EXIT");
    }

    @Test
    void withoutTheFormsTokenNothingChanges() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        long id = Staff.enrol(worker, district.id, "98300 55555");

        int status =
                as(worker)
                        .redirects()
                        .follow(false)
                        .contentType("application/x-www-form-urlencoded")
                        .post("/staff/survivors/" + id + "/exit")
                        .statusCode();

        assertThat(status).isEqualTo(403);
        as(worker)
                .get("/api/v1/survivors/" + id)
                .then()
                .body("status", org.hamcrest.Matchers.equalTo("ENROLLED"));
    }

    @Test
    void anotherDistrictsWorkerGetsTheNotFoundPage() {
        Area district = fixtures.district();
        long id = Staff.enrol(fixtures.user(Roles.ADMIN, null), district.id, "98300 66666");
        String stranger = fixtures.user(Roles.FIELDWORKER, fixtures.district().id);

        Response posted =
                StaffPageClient.as(stranger).postForm("/staff/survivors/" + id + "/exit", Map.of());

        assertThat(posted.statusCode()).isEqualTo(404);
        assertThat(fixtures.auditActions("survivor", id)).doesNotContain("EXIT");
    }
}
