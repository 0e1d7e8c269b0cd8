package org.survivorvoice.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * Every staff endpoint x every role x anonymous: a role not allowed gets 403, no credentials get
 * 401 (a staff page: 302 to the sign-in page), an allowed role gets through the role check (SAFETY
 * A1).
 */
@QuarkusTest
class RoleMatrixTest {

    private static final Set<String> ALL =
            Set.of(Roles.ADMIN, Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER);
    private static final Set<String> WORKERS = Set.of(Roles.ADMIN, Roles.FIELDWORKER);
    private static final Set<String> ADMIN = Set.of(Roles.ADMIN);
    private static final Set<String> SCORE_READERS =
            Set.of(Roles.ADMIN, Roles.OFFICIAL, Roles.FUNDER);
    private static final Set<String> OFFICIALS = Set.of(Roles.ADMIN, Roles.OFFICIAL);

    @Inject Fixtures fixtures;

    record Endpoint(String method, String path, Set<String> allowed) {}

    @Test
    void everyEndpointChecksTheRole() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String code = fixtures.provider(district.id, "POLICE", "Hingalganj Police Station");
        long survivor = Staff.enrol(admin, district.id, "9830044441");
        long encounter = Staff.encounter(admin, survivor, code);
        List<Endpoint> endpoints =
                List.of(
                        new Endpoint("GET", "/api/v1/areas", ALL),
                        new Endpoint("GET", "/api/v1/areas/" + district.id, ALL),
                        new Endpoint("POST", "/api/v1/areas", ADMIN),
                        new Endpoint("GET", "/api/v1/providers", ALL),
                        new Endpoint("GET", "/api/v1/providers/" + code, ALL),
                        new Endpoint("POST", "/api/v1/providers", ADMIN),
                        new Endpoint("POST", "/api/v1/survivors", WORKERS),
                        new Endpoint("GET", "/api/v1/survivors/" + survivor, WORKERS),
                        new Endpoint(
                                "PATCH", "/api/v1/survivors/" + survivor + "/consent", WORKERS),
                        new Endpoint("POST", "/api/v1/survivors/" + survivor + "/exit", WORKERS),
                        new Endpoint("POST", "/api/v1/encounters", WORKERS),
                        new Endpoint("GET", "/api/v1/encounters/" + encounter, WORKERS),
                        new Endpoint("PATCH", "/api/v1/encounters/" + encounter, WORKERS),
                        new Endpoint("POST", "/api/v1/ratings", WORKERS),
                        new Endpoint("GET", "/api/v1/ratings", ADMIN),
                        new Endpoint("GET", "/api/v1/scores", SCORE_READERS),
                        new Endpoint("POST", "/api/v1/scores/refresh", ADMIN),
                        new Endpoint("GET", "/api/v1/scores/" + code + "/trend", OFFICIALS),
                        new Endpoint("POST", "/api/v1/reviews", ADMIN),
                        new Endpoint("GET", "/api/v1/alerts", OFFICIALS),
                        new Endpoint("POST", "/api/v1/alerts/refresh", ADMIN),
                        new Endpoint("GET", "/api/v1/outbox", ADMIN),
                        new Endpoint("POST", "/api/v1/reports", SCORE_READERS),
                        new Endpoint("GET", "/api/v1/reports", SCORE_READERS),
                        new Endpoint("GET", "/api/v1/reports/jobs/1", SCORE_READERS),
                        new Endpoint("GET", "/api/v1/reports/1", SCORE_READERS),
                        new Endpoint(
                                "GET", "/api/v1/charts/funnel.png?category=POLICE", SCORE_READERS),
                        new Endpoint(
                                "GET",
                                "/api/v1/charts/trend.png?providerCode=" + code,
                                SCORE_READERS),
                        new Endpoint("GET", "/api/v1/charts/categories.png", SCORE_READERS),
                        new Endpoint(
                                "GET",
                                "/api/v1/charts/caterpillar.png?category=POLICE&district="
                                        + district.id,
                                SCORE_READERS),
                        new Endpoint("GET", "/api/v1/charts/channels.png", SCORE_READERS),
                        // HTML pages; their form POSTs need a CSRF token (AssistedFormResourceTest)
                        new Endpoint("GET", "/staff/assisted", WORKERS),
                        new Endpoint("GET", "/staff/assisted/thanks", WORKERS));
        Map<String, String> users =
                Map.of(
                        Roles.ADMIN, admin,
                        Roles.FIELDWORKER, fixtures.user(Roles.FIELDWORKER, null),
                        Roles.OFFICIAL, fixtures.user(Roles.OFFICIAL, district.id),
                        Roles.FUNDER, fixtures.user(Roles.FUNDER, null));
        List<String> failures = new ArrayList<>();

        for (Endpoint endpoint : endpoints) {
            int anonymous = call(given().redirects().follow(false), endpoint).statusCode();
            // a page sends a browser to sign in; the API answers scripts with 401
            int refused = endpoint.path().startsWith("/staff") ? 302 : 401;
            if (anonymous != refused) {
                failures.add("anonymous " + endpoint + " -> " + anonymous);
            }
            for (var user : users.entrySet()) {
                int status = call(as(user.getValue()), endpoint).statusCode();
                boolean allowed = endpoint.allowed().contains(user.getKey());
                if (allowed ? status == 401 || status == 403 || status >= 500 : status != 403) {
                    failures.add(user.getKey() + " " + endpoint + " -> " + status);
                }
            }
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
    void recentlyVerifiedPasswordIsServedFromTheCache() {
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        as(worker).get("/api/v1/areas").then().statusCode(200);

        fixtures.setPassword(worker, "another-secret");

        as(worker).get("/api/v1/areas").then().statusCode(200);
        given().auth()
                .preemptive()
                .basic(worker, "another-secret")
                .get("/api/v1/areas")
                .then()
                .statusCode(200);
    }

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

    /**
     * POSTs and PATCHes take a JSON body, except the refreshes, a survivor's exit and report
     * requests (query).
     */
    private static boolean takesBody(Endpoint endpoint) {
        return !endpoint.method().equals("GET")
                && !endpoint.path().contains("/refresh")
                && !endpoint.path().endsWith("/exit")
                && !endpoint.path().startsWith("/api/v1/reports");
    }

    private static Response call(RequestSpecification request, Endpoint endpoint) {
        RequestSpecification r = request.contentType(ContentType.JSON);
        if (takesBody(endpoint)) {
            r = r.body("{}");
        }
        return r.request(endpoint.method(), endpoint.path());
    }
}
