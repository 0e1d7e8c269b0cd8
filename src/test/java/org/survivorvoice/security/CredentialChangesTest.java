package org.survivorvoice.security;

import static io.restassured.RestAssured.given;
import static org.survivorvoice.testing.Fixtures.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.testing.Fixtures;

/**
 * SAFETY A3 with the verified-password cache: a password, role, district or deactivation changed in
 * the database takes effect on the very next request, although that user's password was just
 * remembered. Each change is written straight to the database, as another replica (or an operator)
 * would, so nothing of this instance's memory is told: only what the request reads counts.
 */
@QuarkusTest
class CredentialChangesTest {

    private static final String NEW_PASSWORD = "a-new-password-2026";

    @Inject Fixtures fixtures;
    @Inject AgroalDataSource dataSource;

    @Test
    void aChangedPasswordFailsTheOldOneOnTheNextRequest() {
        String user = fixtures.user(Roles.FIELDWORKER, null);
        as(user).get("/api/v1/areas").then().statusCode(200);
        as(user).get("/api/v1/areas").then().statusCode(200);

        fixtures.setPassword(user, NEW_PASSWORD);

        as(user).get("/api/v1/areas").then().statusCode(401);
        given().auth()
                .preemptive()
                .basic(user, NEW_PASSWORD)
                .get("/api/v1/areas")
                .then()
                .statusCode(200);
    }

    @Test
    void aChangedRoleCountsOnTheNextRequest() throws SQLException {
        String user = fixtures.user(Roles.FIELDWORKER, null);
        // a field worker may read survivors: an unknown id is 404, past the role check
        as(user).get("/api/v1/survivors/999999999").then().statusCode(404);
        as(user).get("/api/v1/survivors/999999999").then().statusCode(404);

        update("UPDATE app_user SET role = ? WHERE username = ?", Roles.FUNDER, user);

        as(user).get("/api/v1/survivors/999999999").then().statusCode(403);
    }

    @Test
    void aChangedDistrictCountsOnTheNextRequest() throws SQLException {
        Area first = fixtures.district();
        Area second = fixtures.district();
        String inFirst = fixtures.provider(first.id, "HOSPITAL", "First District Hospital");
        String inSecond = fixtures.provider(second.id, "HOSPITAL", "Second District Hospital");
        String official = fixtures.user(Roles.OFFICIAL, first.id);
        as(official).get("/api/v1/providers/" + inFirst).then().statusCode(200);
        as(official).get("/api/v1/providers/" + inSecond).then().statusCode(404);

        update(
                "UPDATE app_user SET district_id = ? WHERE username = ?",
                String.valueOf(second.id),
                official);

        as(official).get("/api/v1/providers/" + inFirst).then().statusCode(404);
        as(official).get("/api/v1/providers/" + inSecond).then().statusCode(200);
    }

    @Test
    void aDeactivatedAccountIsRefusedOnTheNextRequest() {
        String user = fixtures.user(Roles.FUNDER, null);
        as(user).get("/api/v1/areas").then().statusCode(200);
        as(user).get("/api/v1/areas").then().statusCode(200);

        fixtures.deactivate(user);

        as(user).get("/api/v1/areas").then().statusCode(401);
    }

    private void update(String sql, String value, String username) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, value);
            statement.setString(2, username);
            statement.executeUpdate();
        }
    }
}
