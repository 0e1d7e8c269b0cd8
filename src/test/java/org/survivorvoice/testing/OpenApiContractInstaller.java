package org.survivorvoice.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts {@link OpenApiContract} among REST Assured's global filters before every {@code QuarkusTest}
 * method (registered as a service in {@code META-INF/services}), so no test can forget it and none
 * needs to name it.
 */
public final class OpenApiContractInstaller implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(OpenApiContract.class::isInstance)) {
            RestAssured.filters(new OpenApiContract());
        }
    }
}
