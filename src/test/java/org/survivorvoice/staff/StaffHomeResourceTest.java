package org.survivorvoice.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/** {@code /staff} sends each role to the first page of its work. */
@QuarkusTest
class StaffHomeResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void eachRoleStartsAtItsFirstPage() {
        long district = fixtures.district().id;
        assertThat(start(fixtures.user(Roles.OFFICIAL, district))).endsWith("/staff/district");
        assertThat(start(fixtures.user(Roles.FUNDER, null))).endsWith("/staff/reports");
        assertThat(start(fixtures.user(Roles.FIELDWORKER, district)))
                .endsWith("/staff/survivors/new");
        assertThat(start(fixtures.user(Roles.ADMIN, null))).endsWith("/staff/reviews");
    }

    private static String start(String user) {
        var response = StaffPageClient.as(user).get("/staff");
        assertThat(response.statusCode()).isEqualTo(303);
        return response.header("Location");
    }
}
