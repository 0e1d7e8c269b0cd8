package org.survivorvoice.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
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
    void prometheusMetricsAreServed() {
        given().get("/api/v1/areas").then().statusCode(401);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
