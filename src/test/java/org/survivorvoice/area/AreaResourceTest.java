package org.survivorvoice.area;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Json;

@QuarkusTest
class AreaResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void adminBuildsTheHierarchyAndAnyStaffListsIt() {
        String admin = fixtures.user(Roles.ADMIN, null);
        String funder = fixtures.user(Roles.FUNDER, null);
        Number state = create(admin, "Assam " + System.nanoTime(), "STATE", null);
        Number district = create(admin, "Kamrup", "DISTRICT", state);
        create(admin, "Rani", "BLOCK", district);

        as(funder)
                .get("/api/v1/areas?level=DISTRICT&parent=" + state)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Kamrup"))
                .body("page", equalTo(0))
                .body("size", equalTo(50));
    }

    @Test
    void refusesWrongParentLevelAndDuplicates() {
        String admin = fixtures.user(Roles.ADMIN, null);
        Number state = create(admin, "Goa " + System.nanoTime(), "STATE", null);

        as(admin)
                .contentType(ContentType.JSON)
                .body(Json.object("name", "Bardez", "level", "BLOCK", "parentId", state))
                .post("/api/v1/areas")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("parentId"));
        create(admin, "North Goa", "DISTRICT", state);
        as(admin)
                .contentType(ContentType.JSON)
                .body(Json.object("name", "North Goa", "level", "DISTRICT", "parentId", state))
                .post("/api/v1/areas")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAdminsCreateAndPageSizeIsBounded() {
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        as(worker)
                .contentType(ContentType.JSON)
                .body(Json.object("name", "Manipur", "level", "STATE"))
                .post("/api/v1/areas")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(worker)
                .get("/api/v1/areas?size=501")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("size"));
        as(worker).get("/api/v1/areas?page=-1").then().statusCode(400);
    }

    private static Number create(String admin, String name, String level, Number parent) {
        return as(admin)
                .contentType(ContentType.JSON)
                .body(Json.object("name", name, "level", level, "parentId", parent))
                .post("/api/v1/areas")
                .then()
                .statusCode(201)
                .body("level", equalTo(level))
                .extract()
                .path("id");
    }
}
