package org.survivorvoice.staff.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffUser;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/** The admin pages per role, and accounts opened, reset and closed through them. */
@QuarkusTest
class AdminPagesTest {

    private static final List<String> ADMIN_PAGES =
            List.of(
                    "/staff/admin",
                    "/staff/areas",
                    "/staff/users",
                    "/staff/reviews",
                    "/staff/outbox");

    @Inject Fixtures fixtures;

    @Test
    void onlyAdminsOpenTheAdminPages() {
        long district = fixtures.district().id;
        String admin = fixtures.user(Roles.ADMIN, null);
        for (String page : ADMIN_PAGES) {
            var response = StaffPageClient.as(admin).get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.contentType()).as(page).startsWith("text/html");
        }
        for (String role : List.of(Roles.FIELDWORKER, Roles.FUNDER, Roles.OFFICIAL)) {
            String user = fixtures.user(role, role.equals(Roles.FUNDER) ? null : district);
            for (String page : ADMIN_PAGES) {
                assertThat(StaffPageClient.as(user).get(page).statusCode())
                        .as(role + " " + page)
                        .isEqualTo(403);
            }
            assertThat(
                            StaffPageClient.as(user)
                                    .postForm("/staff/users", Map.of("username", "x"))
                                    .statusCode())
                    .as(role + " POST /staff/users")
                    .isEqualTo(403);
        }
    }

    @Test
    void resetPasswordRefusesTheOldOneAtOnceOverBasic() {
        String admin = fixtures.user(Roles.ADMIN, null);
        String username = "reset-" + System.nanoTime();
        var created =
                StaffPageClient.as(admin)
                        .postForm(
                                "/staff/users",
                                Map.of(
                                        "username",
                                        username,
                                        "password",
                                        "first-password-1",
                                        "role",
                                        Roles.FUNDER,
                                        "district",
                                        ""));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/staff/users?done=created");
        // the first request verifies the password with bcrypt and remembers it
        basic(username, "first-password-1", 200);
        basic(username, "first-password-1", 200);

        long id = userId(username);
        var reset =
                StaffPageClient.as(admin)
                        .postForm(
                                "/staff/users/" + id + "/password",
                                Map.of("password", "second-password-2"));
        assertThat(reset.statusCode()).isEqualTo(303);

        basic(username, "first-password-1", 401);
        basic(username, "second-password-2", 200);
        assertThat(fixtures.auditActions("app_user", id))
                .containsExactly("USER_CREATE", "USER_PASSWORD_RESET");
    }

    @Test
    void deactivatedAccountIsRefusedAtOnceAndAdminsCannotCloseTheirOwn() {
        String admin = fixtures.user(Roles.ADMIN, null);
        String funder = fixtures.user(Roles.FUNDER, null);
        as(funder).get("/api/v1/areas").then().statusCode(200);

        var closed =
                StaffPageClient.as(admin)
                        .postForm("/staff/users/" + userId(funder) + "/deactivate", Map.of());
        assertThat(closed.statusCode()).isEqualTo(303);
        as(funder).get("/api/v1/areas").then().statusCode(401);

        var own =
                StaffPageClient.as(admin)
                        .postForm("/staff/users/" + userId(admin) + "/deactivate", Map.of());
        assertThat(own.statusCode()).isEqualTo(422);
        assertThat(own.asString()).contains("You cannot deactivate your own account.");
    }

    @Test
    void invalidAccountsAreExplainedInThePageLanguage() {
        String admin = fixtures.user(Roles.ADMIN, null);
        var response =
                StaffPageClient.as(admin)
                        .postForm(
                                "/staff/users?lang=hi",
                                Map.of(
                                        "username", "Bad Name",
                                        "password", "short",
                                        "role", Roles.OFFICIAL,
                                        "district", ""));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString())
                .contains("पासवर्ड में कम से कम 10 अक्षर हों")
                .contains("ज़िला अधिकारी के लिए ज़िला चाहिए");
        var taken =
                StaffPageClient.as(admin)
                        .postForm(
                                "/staff/users",
                                Map.of(
                                        "username",
                                        admin,
                                        "password",
                                        "long-enough-1",
                                        "role",
                                        Roles.FUNDER));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.asString()).contains("A user with this name already exists.");
    }

    @Test
    void areasAreListedAndCreatedUnderTheirParent() {
        String admin = fixtures.user(Roles.ADMIN, null);
        long district = fixtures.district().id;
        String name = "Block " + System.nanoTime();
        var created =
                StaffPageClient.as(admin)
                        .postForm(
                                "/staff/areas",
                                Map.of(
                                        "name",
                                        name,
                                        "level",
                                        "BLOCK",
                                        "parent",
                                        Long.toString(district)));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).contains("level=BLOCK");
        var wrongParent =
                StaffPageClient.as(admin)
                        .postForm("/staff/areas", Map.of("name", name + " 2", "level", "BLOCK"));
        assertThat(wrongParent.statusCode()).isEqualTo(422);
        assertThat(wrongParent.asString()).contains("Choose a parent of the level just above");
    }

    @Test
    void outboxPageNeverShowsAMessageText() {
        String admin = fixtures.user(Roles.ADMIN, null);
        String page = StaffPageClient.as(admin).get("/staff/outbox").asString();
        assertThat(page).contains("<select id=\"status\" name=\"status\">").doesNotContain("/r/");
        assertThat(page).doesNotContainPattern("\\+?91\\d{10}");
    }

    @Test
    void scoresRefreshFormScoresAReleasedQuarterOnceAndFieldWorkersMayNotUseIt() {
        // 1963-Q1: no other test scores it, and its first computation freezes it
        String period = "1963-Q1";
        Area district = fixtures.district();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = fixtures.provider(district.id, "HOSPITAL", "Refreshpur hospital " + i);
            fixtures.ratings(code, period, 20 + i, 6);
            codes.add(code);
        }
        String admin = fixtures.user(Roles.ADMIN, null);
        String fieldworker = fixtures.user(Roles.FIELDWORKER, district.id);
        String scores = "/api/v1/scores?period=" + period + "&district=" + district.id;

        var refused =
                StaffPageClient.as(fieldworker)
                        .postForm("/staff/admin/scores-refresh", Map.of("period", period));
        assertThat(refused.statusCode()).isEqualTo(403);
        as(admin).get(scores).then().statusCode(200).body("items", hasSize(0));

        var refreshed =
                StaffPageClient.as(admin)
                        .postForm("/staff/admin/scores-refresh", Map.of("period", period));
        assertThat(refreshed.statusCode()).isEqualTo(303);
        String location = refreshed.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(location).startsWith("/staff/admin?refreshed=" + period + "&scored=");
        assertThat(location).endsWith("&frozen=true");
        long scored = Long.parseLong(location.replaceAll(".*scored=(\\d+).*", "$1"));
        assertThat(scored).isGreaterThanOrEqualTo(codes.size());
        assertThat(StaffPageClient.as(admin).get(location).asString())
                .contains(
                        "Scores of "
                                + period
                                + " computed and frozen (released quarter): "
                                + scored
                                + " providers scored.");
        as(admin)
                .get(scores)
                .then()
                .statusCode(200)
                .body("items.providerCode", containsInAnyOrder(codes.toArray()));

        var again =
                StaffPageClient.as(admin)
                        .postForm("/staff/admin/scores-refresh", Map.of("period", period));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.asString())
                .contains(
                        "The scores of this quarter are frozen: it was released and computed"
                                + " before.");
        var unwritten =
                StaffPageClient.as(admin)
                        .postForm("/staff/admin/scores-refresh", Map.of("period", "1963-5"));
        assertThat(unwritten.statusCode()).isEqualTo(400);
        assertThat(unwritten.asString()).contains("Choose a quarter.");
    }

    private static void basic(String username, String password, int status) {
        io.restassured.RestAssured.given()
                .auth()
                .preemptive()
                .basic(username, password)
                .get("/api/v1/areas")
                .then()
                .statusCode(status);
    }

    private static long userId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(username).id);
    }
}
