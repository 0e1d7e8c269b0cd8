package org.survivorvoice.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/** The service types and their pillars: every staff role reads them, only admins move one. */
@QuarkusTest
class ServiceTypeResourceTest {

    @Inject Fixtures fixtures;

    private static Map<String, String> pillar(String pillar) {
        return Map.of("pillar", pillar);
    }

    @Test
    void everyStaffRoleListsTheTypesWithTheirPillars() {
        for (String role : List.of(Roles.ADMIN, Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER)) {
            Long district = role.equals(Roles.OFFICIAL) ? fixtures.district().id : null;
            as(fixtures.user(role, district))
                    .get("/api/v1/service-types")
                    .then()
                    .statusCode(200)
                    .body("items.code", hasItem("RATION_CARD"))
                    .body("items.find { it.code == 'FIR' }.pillar", equalTo("PROSECUTE"))
                    .body("items.find { it.code == 'RATION_CARD' }.name", equalTo("Ration card"))
                    .body("page", equalTo(0));
        }
    }

    @Test
    void adminMovesATypeToAnotherPillarAndTheMoveIsAudited() {
        String admin = fixtures.user(Roles.ADMIN, null);
        try {
            as(admin)
                    .contentType(ContentType.JSON)
                    .body(pillar("PROTECT"))
                    .patch("/api/v1/service-types/SCHEME_ENROLMENT")
                    .then()
                    .statusCode(200)
                    .body("code", equalTo("SCHEME_ENROLMENT"))
                    .body("pillar", equalTo("PROTECT"));
            as(admin)
                    .get("/api/v1/service-types")
                    .then()
                    .body(
                            "items.find { it.code == 'SCHEME_ENROLMENT' }.pillar",
                            equalTo("PROTECT"));
            assertThat(fixtures.auditActions("service_type", "SCHEME_ENROLMENT"))
                    .contains("PILLAR");
        } finally {
            as(admin)
                    .contentType(ContentType.JSON)
                    .body(pillar("PREVENT"))
                    .patch("/api/v1/service-types/SCHEME_ENROLMENT")
                    .then()
                    .statusCode(200)
                    .body("pillar", equalTo("PREVENT"));
        }
    }

    @Test
    void anUnknownPillarIs400AndAnUnknownCodeIs404() {
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin)
                .contentType(ContentType.JSON)
                .body(pillar("PUNISH"))
                .patch("/api/v1/service-types/FIR")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("pillar"));
        as(admin)
                .contentType(ContentType.JSON)
                .body(pillar("PROTECT"))
                .patch("/api/v1/service-types/NO_SUCH_TYPE")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(admin)
                .get("/api/v1/service-types")
                .then()
                .body("items.find { it.code == 'FIR' }.pillar", equalTo("PROSECUTE"));
    }

    @Test
    void onlyAnAdminMovesAType() {
        for (String role : List.of(Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER)) {
            Long district = role.equals(Roles.OFFICIAL) ? fixtures.district().id : null;
            as(fixtures.user(role, district))
                    .contentType(ContentType.JSON)
                    .body(pillar("PREVENT"))
                    .patch("/api/v1/service-types/FIR")
                    .then()
                    .statusCode(403);
        }
    }
}
