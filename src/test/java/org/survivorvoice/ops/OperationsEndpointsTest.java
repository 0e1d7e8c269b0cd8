package org.survivorvoice.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics answer on the management interface only; the public port, which survivors and
 * the internet reach, shows neither (SAFETY D2). The API's description stays public.
 */
@QuarkusTest
class OperationsEndpointsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void readinessIncludesTheDatabase() {
        given().baseUri(managementBase())
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().baseUri(managementBase())
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void publicPortServesNeitherHealthNorMetrics() {
        for (String path :
                new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void openApiDescribesTheStaffApi() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/providers"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/survivors/{id}/consent"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/ratings"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/scores"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/scores/{providerCode}/trend"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/alerts"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/reviews"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/reports"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/reports/jobs/{jobId}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/reports/{reportId}"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void prometheusMetricsAreServedOnTheManagementPort() {
        given().get("/api/v1/areas").then().statusCode(401);
        given().baseUri(managementBase())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    /** {@code http://localhost:<management port>}: the paths below carry the {@code /q} root. */
    private String managementBase() {
        return management.getProtocol() + "://" + management.getHost() + ":" + management.getPort();
    }
}
