package org.survivorvoice.privacy.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/** The rotation endpoint without previous keys: nothing to rotate is a clear 409. */
@QuarkusTest
class VaultRotationResourceTest {

    @Inject Fixtures fixtures;

    @Test
    void startingWithoutAPreviousKeyIsAConflictThatNamesTheSettings() {
        String admin = fixtures.user(Roles.ADMIN, null);

        String body =
                Fixtures.as(admin)
                        .post("/api/v1/admin/vault-rotation")
                        .then()
                        .statusCode(409)
                        .contentType("application/problem+json")
                        .body("detail", containsString("previous-encryption-key"))
                        .extract()
                        .asString();
        assertThat(body).doesNotContain("dGVzdC1vbmx5");
        Fixtures.as(admin)
                .get("/api/v1/admin/vault-rotation")
                .then()
                .statusCode(200)
                .body("state", equalTo("NOT_CONFIGURED"))
                .body("previousEncryptionKeyId", equalTo(null));
    }

    @Test
    void onlyAdminsReachTheRotation() {
        String worker = fixtures.user(Roles.FIELDWORKER, null);

        Fixtures.as(worker).post("/api/v1/admin/vault-rotation").then().statusCode(403);
        Fixtures.as(worker).get("/api/v1/admin/vault-rotation").then().statusCode(403);
    }
}
