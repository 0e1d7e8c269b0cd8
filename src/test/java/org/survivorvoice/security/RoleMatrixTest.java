package org.survivorvoice.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.testing.DocumentedOperation;
import org.survivorvoice.testing.Fixtures;

/**
 * Every operation of the OpenAPI document x every role x anonymous x an official of another
 * district (naming this district's objects), against the expected access in {@link AccessRules}: no
 * credentials get 401 (a staff page: 302 to the sign-in page), a role not allowed 403, an official
 * of another district 403 or 404, an allowed role gets through the role check; survivor pages need
 * no login and webhooks a signature (SAFETY A1).
 */
@QuarkusTest
class RoleMatrixTest {

    @Inject Fixtures fixtures;

    @Test
    void everyDocumentedOperationChecksRoleAndDistrict() {
        List<DocumentedOperation> operations = DocumentedOperation.all();
        assertThat(operations.stream().map(DocumentedOperation::key))
                .as("operations of /q/openapi without an expected rule in AccessRules")
                .allMatch(AccessRules.RULES::containsKey)
                .as("rules of operations /q/openapi no longer lists")
                .containsAll(AccessRules.RULES.keySet());
        AccessMatrixData data = AccessMatrixData.make(fixtures);
        List<String> failures = new ArrayList<>();
        for (DocumentedOperation operation : operations) {
            failures.addAll(data.check(operation, AccessRules.RULES.get(operation.key())));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void wrongPasswordIs401() {
        String admin = fixtures.user(Roles.ADMIN, null);
        given().auth()
                .preemptive()
                .basic(admin, "wrong")
                .get("/api/v1/areas")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
    }

    @Test
    void wrongPasswordAfterASuccessfulLoginIsStill401() {
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        as(worker).get("/api/v1/areas").then().statusCode(200);
        as(worker).get("/api/v1/areas").then().statusCode(200);

        given().auth()
                .preemptive()
                .basic(worker, Fixtures.PASSWORD + "x")
                .get("/api/v1/areas")
                .then()
                .statusCode(401);
        given().auth()
                .preemptive()
                .basic(worker + "x", Fixtures.PASSWORD)
                .get("/api/v1/areas")
                .then()
                .statusCode(401);
    }

    /** Proves the bcrypt check is skipped for a recently verified pair (within the cache TTL). */
    @Test
    void deactivatedAccountIs401() {
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        as(worker).get("/api/v1/areas").then().statusCode(200);

        fixtures.deactivate(worker);

        as(worker).get("/api/v1/areas").then().statusCode(401);
    }

    @Test
    void repeatedWrongPasswordsLockTheUserName() {
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        for (int i = 0; i < 5; i++) {
            given().auth()
                    .preemptive()
                    .basic(worker, "guess-" + i)
                    .get("/api/v1/areas")
                    .then()
                    .statusCode(401);
        }

        as(worker)
                .get("/api/v1/areas")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        String other = fixtures.user(Roles.FIELDWORKER, null);
        as(other).get("/api/v1/areas").then().statusCode(200);
    }
}
