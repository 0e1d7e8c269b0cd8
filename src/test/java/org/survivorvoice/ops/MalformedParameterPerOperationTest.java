package org.survivorvoice.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.openapi.RouteKind;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.DocumentedOperation;
import org.survivorvoice.testing.DocumentedOperation.Parameter;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/**
 * Every path and query parameter of every operation of the OpenAPI document, sent out of range
 * (huge, negative, not a number, a bad quarter, very long, invalid UTF-8, NUL), as an admin: never
 * a 500; a refusal is problem+json on the API and an HTML page on the pages; an API parameter the
 * document types (a number, an enumeration, a pattern) is always refused with a 4xx (SAFETY V2).
 */
@QuarkusTest
class MalformedParameterPerOperationTest {

    /** Values sent raw (already percent-encoded) in place of one parameter. */
    private static final List<String> BAD =
            List.of(
                    "abc",
                    "-1",
                    "2147483648",
                    "99999999999999999999",
                    "1e9",
                    "2026-Q9",
                    "99999-Q1",
                    "x".repeat(1_000),
                    "%C3%28",
                    "%00");

    /** Values of the other path parameters while one is out of range. */
    private static final Map<String, String> PLAUSIBLE =
            Map.of(
                    "id", "1",
                    "jobId", "1",
                    "reportId", "1",
                    "code", "1000001",
                    "providerCode", "1000001",
                    "token", "NoSuchLink1234",
                    "step", "pin",
                    "gateway", "test-gateway");

    @Inject Fixtures fixtures;

    @Test
    void everyParameterOutOfRangeIsAClientError() {
        String admin = fixtures.user(Roles.ADMIN, null);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (DocumentedOperation operation : DocumentedOperation.all()) {
            for (Parameter parameter : operation.parameters()) {
                if (parameter.in().equals("header") || parameter.in().equals("cookie")) {
                    continue;
                }
                for (String value : BAD) {
                    if (parameter.in().equals("path") && value.equals("%00")) {
                        continue; // the HTTP layer refuses a NUL in a path before any route
                    }
                    String url = address(operation, parameter, value);
                    Response answer;
                    try {
                        answer = send(operation, admin, url);
                    } catch (AssertionError e) {
                        failures.add(
                                operation.key()
                                        + " "
                                        + parameter.name()
                                        + "="
                                        + value
                                        + ": "
                                        + e.getMessage());
                        continue;
                    }
                    sent++;
                    String failure = judge(operation, parameter, value, answer);
                    if (failure != null) {
                        failures.add(
                                operation.key()
                                        + " "
                                        + parameter.name()
                                        + "="
                                        + abbreviate(value)
                                        + ": "
                                        + failure);
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(500);
        assertThat(failures).isEmpty();
    }

    private static String judge(
            DocumentedOperation operation, Parameter parameter, String value, Response answer) {
        int status = answer.statusCode();
        String type = answer.contentType() == null ? "" : answer.contentType();
        if (status >= 500) {
            return status + " " + type;
        }
        if (status >= 400 && status != 401) {
            boolean api = operation.kind() == RouteKind.API;
            boolean page = operation.kind().isPage();
            if (api && !type.startsWith("application/problem+json")) {
                return status + " not a problem: " + type;
            }
            if (page && !type.startsWith("text/html")) {
                return status + " not a page: " + type;
            }
        }
        // the API refuses what its document types; the pages may fall back to their default view
        if (operation.kind() == RouteKind.API
                && typed(parameter)
                && refusable(parameter, value)
                && status < 400) {
            return status + ": a typed parameter out of range was accepted";
        }
        return null;
    }

    /** Whether the document gives the parameter a type narrower than free text. */
    private static boolean typed(Parameter parameter) {
        Map<String, Object> schema = parameter.schema();
        return "integer".equals(schema.get("type"))
                || schema.containsKey("enum")
                || schema.containsKey("pattern");
    }

    /** Whether the value is outside every typed parameter's range (not merely another quarter). */
    private static boolean refusable(Parameter parameter, String value) {
        if ("integer".equals(parameter.schema().get("type"))) {
            return !value.equals("2147483648") || "int32".equals(parameter.schema().get("format"));
        }
        return true;
    }

    private static String address(DocumentedOperation operation, Parameter bad, String value) {
        String path = operation.path();
        for (Parameter p : operation.parametersIn("path")) {
            String v = p == bad ? value : PLAUSIBLE.getOrDefault(p.name(), "1");
            path = path.replace("{" + p.name() + "}", v);
        }
        return bad.in().equals("query") ? path + "?" + bad.name() + "=" + value : path;
    }

    private static Response send(DocumentedOperation operation, String admin, String url) {
        if (operation.kind() == RouteKind.STAFF_PAGE && operation.method().equals("POST")) {
            if (operation.bodyTypes().contains("multipart/form-data")) {
                byte[] file = "code,name\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                return StaffPageClient.as(admin)
                        .postMultipart(url, "file", "rows.csv", file, "text/csv", Map.of());
            }
            return StaffPageClient.as(admin).postForm(url, Map.of());
        }
        RequestSpecification request =
                (operation.kind() == RouteKind.SURVIVOR_PAGE
                                ? io.restassured.RestAssured.given()
                                : Fixtures.as(admin))
                        .urlEncodingEnabled(false)
                        .redirects()
                        .follow(false);
        if (operation.takesJson()) {
            request = request.contentType("application/json").body("{}");
        } else if (!operation.bodyTypes().isEmpty()) {
            request = request.contentType("application/x-www-form-urlencoded").body("a=b");
        }
        return request.request(operation.method(), url);
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "..." : value;
    }
}
