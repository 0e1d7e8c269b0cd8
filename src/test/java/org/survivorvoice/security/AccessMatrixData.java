package org.survivorvoice.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.openapi.RouteKind;
import org.survivorvoice.safetydesk.SafetyCase;
import org.survivorvoice.security.AccessRules.Gate;
import org.survivorvoice.security.AccessRules.Ids;
import org.survivorvoice.security.AccessRules.Rule;
import org.survivorvoice.security.AccessRules.Target;
import org.survivorvoice.testing.DocumentedOperation;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.RatingEntry;
import org.survivorvoice.testing.Staff;
import org.survivorvoice.testing.StaffPageClient;

/**
 * The callers and the objects of one district for {@link RoleMatrixTest}: every role (the official
 * bound to this district), anonymous, and an official of another district; and the check of one
 * operation for each of them against its {@link Rule}.
 */
final class AccessMatrixData {

    /** A quarter no other test uses, with ratings enough for a released workbook. */
    private static final String PERIOD = "1944-Q1";

    private static final String FOREIGN_OFFICIAL = "official of another district";

    private final Ids ids;

    /** Caller label to user name; the anonymous caller is absent. */
    private final Map<String, String> callers;

    private AccessMatrixData(Ids ids, Map<String, String> callers) {
        this.ids = ids;
        this.callers = callers;
    }

    static AccessMatrixData make(Fixtures fixtures) {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Thana " + i);
            fixtures.ratings(code, PERIOD, 25 + i, 10);
            codes.add(code);
        }
        String spare = fixtures.provider(district.id, "POLICE", "Spare Thana");
        String phone = "98" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        long survivor = Staff.enrol(admin, district.id, phone);
        long encounter = Staff.encounter(admin, survivor, codes.get(0));
        String throwaway = fixtures.user(Roles.FIELDWORKER, null);
        long user =
                QuarkusTransaction.requiringNew()
                        .call(() -> StaffUser.findByUsername(throwaway).id);
        long job =
                as(official)
                        .post(
                                "/api/v1/reports?period="
                                        + PERIOD
                                        + "&audience=OFFICIAL&district="
                                        + district.id)
                        .then()
                        .statusCode(202)
                        .extract()
                        .jsonPath()
                        .getLong("jobId");
        long report = awaitReport(official, job);
        long response =
                as(admin)
                        .contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "providerCode", codes.get(0),
                                        "period", PERIOD,
                                        "theme", "DIGNITY",
                                        "actionText", "Separate waiting room",
                                        "ownerRole", "Station house officer",
                                        "dueDate", "2999-12-31"))
                        .post("/api/v1/responses")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        long safetyCase = safetyCase(admin, district.id, codes.get(1));
        long training =
                as(admin)
                        .contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "heldOn", "2001-03-14",
                                        "topic", "Survivor-centred investigation",
                                        "organiser", "State Police Academy",
                                        "pillar", "PROSECUTE",
                                        "attendance",
                                                List.of(
                                                        Map.of(
                                                                "providerCode",
                                                                codes.get(0),
                                                                "staffCount",
                                                                8))))
                        .post("/api/v1/trainings")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        long collective = collective(admin, district.id);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put(Roles.ADMIN, admin);
        callers.put(Roles.FIELDWORKER, fixtures.user(Roles.FIELDWORKER, null));
        callers.put(Roles.OFFICIAL, official);
        callers.put(Roles.FUNDER, fixtures.user(Roles.FUNDER, null));
        callers.put(FOREIGN_OFFICIAL, fixtures.user(Roles.OFFICIAL, fixtures.district().id));
        return new AccessMatrixData(
                new Ids(
                        district.id,
                        codes.get(0),
                        spare,
                        survivor,
                        encounter,
                        user,
                        job,
                        report,
                        response,
                        PERIOD,
                        safetyCase,
                        training,
                        collective),
                callers);
    }

    /** A safety case of the district, opened by an assisted rating with money asked. */
    private static long safetyCase(String admin, long district, String providerCode) {
        String phone = "97" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        long survivor = Staff.enrol(admin, district, phone);
        long encounter = Staff.encounter(admin, survivor, providerCode);
        long rating =
                Staff.rateAssisted(
                                admin,
                                RatingEntry.ofEncounter(encounter, "en")
                                        .answers(Map.of("overall", 2))
                                        .moneyAsked(true))
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        return QuarkusTransaction.requiringNew()
                .call(() -> SafetyCase.findBySource("rating:" + rating).orElseThrow().id);
    }

    /** A district collective of the district, made through the API. */
    private static long collective(String admin, long district) {
        return as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Matrix collective", "level", "DISTRICT", "areaId", district))
                .post("/api/v1/collectives")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The failures of the operation for every caller; empty when each got what the rule says. */
    List<String> check(DocumentedOperation operation, Rule rule) {
        List<String> failures = new ArrayList<>();
        Target anonymousTarget = rule.target().apply(ids, null);
        Response anonymous = send(failures, operation, rule, anonymousTarget, null);
        if (anonymous == null) {
            return failures;
        }
        expect(failures, operation, "anonymous", anonymous, anonymousExpectation(operation, rule));
        for (var caller : callers.entrySet()) {
            String label = caller.getKey();
            String role = label.equals(FOREIGN_OFFICIAL) ? Roles.OFFICIAL : label;
            Response answer =
                    send(
                            failures,
                            operation,
                            rule,
                            rule.target().apply(ids, role),
                            caller.getValue());
            if (answer == null) {
                continue;
            }
            String expected =
                    switch (rule.gate()) {
                        case SIGNED -> "403";
                        case OPEN -> Integer.toString(anonymous.statusCode());
                        case ROLES -> {
                            if (!rule.allowed().contains(role)) {
                                yield "403";
                            }
                            yield label.equals(FOREIGN_OFFICIAL) && rule.districtBound()
                                    ? "403|404"
                                    : "passes";
                        }
                    };
            expect(failures, operation, label, answer, expected);
        }
        return failures;
    }

    private static String anonymousExpectation(DocumentedOperation operation, Rule rule) {
        if (rule.gate() == Gate.SIGNED) {
            return "403";
        }
        if (rule.gate() == Gate.OPEN) {
            return "open";
        }
        return operation.kind() == RouteKind.API ? "401" : "login";
    }

    private static void expect(
            List<String> failures,
            DocumentedOperation operation,
            String caller,
            Response answer,
            String expected) {
        int status = answer.statusCode();
        String location = answer.header("Location");
        boolean toLogin = status == 302 && location != null && location.contains("/login");
        boolean met =
                status < 500
                        && switch (expected) {
                            case "passes" -> status != 401 && status != 403 && !toLogin;
                            case "open" -> status != 401 && !toLogin;
                            case "login" -> toLogin;
                            case "403|404" -> status == 403 || status == 404;
                            default -> Integer.toString(status).equals(expected);
                        };
        if (!met) {
            failures.add(
                    operation.key() + " as " + caller + ": " + status + ", expected " + expected);
        }
    }

    /**
     * Sends the request, or records the exchange that breaks the OpenAPI document (the contract
     * filter's assertion) and answers null.
     */
    private static Response send(
            List<String> failures,
            DocumentedOperation operation,
            Rule rule,
            Target target,
            String user) {
        try {
            return send(operation, rule, target, user);
        } catch (AssertionError e) {
            failures.add(operation.key() + " as " + user + ": " + e.getMessage());
            return null;
        }
    }

    /** The request a caller of the kind of route sends; the user is null for anonymous. */
    private static Response send(
            DocumentedOperation operation, Rule rule, Target target, String user) {
        boolean post = operation.method().equals("POST");
        if (rule.gate() == Gate.ROLES && operation.kind() == RouteKind.STAFF_PAGE && user != null) {
            StaffPageClient page = StaffPageClient.as(user);
            if (!post) {
                return page.get(target.url());
            }
            if (operation.bodyTypes().contains("multipart/form-data")) {
                return page.postMultipart(
                        target.url(),
                        "file",
                        "rows.csv",
                        bytes("code,name\n"),
                        "text/csv",
                        Map.of());
            }
            return page.postForm(target.url(), target.form());
        }
        RequestSpecification request = user == null ? given() : as(user);
        request = request.redirects().follow(false);
        if (operation.takesJson() && operation.kind() == RouteKind.API) {
            request = request.contentType(ContentType.JSON).body("{}");
        } else if (operation.bodyTypes().contains("text/csv")) {
            request = request.contentType("text/csv").body("code,name\n");
        } else if (operation.bodyTypes().contains("multipart/form-data")) {
            request = request.multiPart("file", "rows.csv", bytes("code,name\n"), "text/csv");
        } else if (post && operation.kind() != RouteKind.API) {
            // a form without a CSRF token or signature: refused before anything is read or stored
            request = request.contentType(ContentType.URLENC).formParam("From", "+919800000000");
            target.form().forEach(request::formParam);
        }
        return request.request(operation.method(), target.url());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long awaitReport(String user, long job) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            var answer =
                    as(user).get("/api/v1/reports/jobs/" + job)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            assertThat(answer.getString("status")).isNotEqualTo("FAILED");
            if (answer.getString("status").equals("DONE")) {
                return answer.getLong("reportId");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("report job " + job + " did not finish");
    }
}
