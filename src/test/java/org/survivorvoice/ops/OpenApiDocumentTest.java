package org.survivorvoice.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.survivorvoice.outreach.invitation.InvitationChannel;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.invitation.InvitationStatus;

/**
 * The generated OpenAPI document against the HTTP contract of {@code design/API.md}: every path its
 * tables name is in the document with its method, every staff API operation documents its
 * problem+json errors, and the enumerations written as names match the enums that own them.
 */
@QuarkusTest
class OpenApiDocumentTest {

    /**
     * The method and path of every row of API.md's tables: staff API, staff pages (a page without a
     * method is its GET), survivor endpoints and channel webhooks.
     */
    static final List<String> API_MD =
            List.of(
                    "GET /api/v1/areas",
                    "POST /api/v1/areas",
                    "GET /api/v1/providers",
                    "POST /api/v1/providers",
                    "GET /api/v1/providers/{code}",
                    "POST /api/v1/providers/import",
                    "POST /api/v1/survivors",
                    "PATCH /api/v1/survivors/{id}/consent",
                    "POST /api/v1/survivors/{id}/exit",
                    "POST /api/v1/encounters",
                    "PATCH /api/v1/encounters/{id}",
                    "POST /api/v1/ratings",
                    "GET /api/v1/ratings",
                    "GET /api/v1/outbox",
                    "POST /api/v1/scores/refresh",
                    "GET /api/v1/scores",
                    "GET /api/v1/scores/{providerCode}/trend",
                    "GET /api/v1/alerts",
                    "POST /api/v1/reviews",
                    "GET /api/v1/charts/funnel.png",
                    "GET /api/v1/charts/trend.png",
                    "GET /api/v1/charts/categories.png",
                    "POST /api/v1/reports",
                    "GET /api/v1/reports/jobs/{jobId}",
                    "GET /api/v1/reports/{reportId}",
                    "GET /api/v1/reports",
                    "GET /login",
                    "POST /login",
                    "POST /logout",
                    "GET /staff/district",
                    "GET /staff/providers/{code}",
                    "GET /staff/reports",
                    "GET /staff/survivors/new",
                    "GET /staff/encounters/new",
                    "GET /staff/assisted",
                    "GET /staff/paper-forms",
                    "GET /staff/providers",
                    "GET /staff/providers/import",
                    "GET /staff/areas",
                    "GET /staff/users",
                    "GET /staff/reviews",
                    "GET /staff/outbox",
                    "GET /r/{token}",
                    "POST /r/{token}",
                    "GET /rate",
                    "POST /rate",
                    "POST /twilio/sms",
                    "POST /twilio/sms/status",
                    "POST /twilio/voice",
                    "POST /twilio/voice/{step}",
                    "POST /gateway/sms/{gateway}");

    private static final Path DESIGN = Path.of("..", "shared", "design", "API.md");

    @Test
    void everyPathOfApiMdIsInTheDocument() {
        JsonPath document = document();
        List<String> missing = new ArrayList<>();
        for (String row : API_MD) {
            String[] methodAndPath = row.split(" ");
            Map<String, Object> item = document.getMap("paths.'" + methodAndPath[1] + "'");
            if (item == null || !item.containsKey(methodAndPath[0].toLowerCase())) {
                missing.add(row);
            }
        }
        assertThat(missing).as("API.md paths missing from /q/openapi").isEmpty();
    }

    /** When the design folder is beside the project, the list above must cover its tables. */
    @Test
    void theListCoversApiMdWhenTheDesignIsAtHand() throws IOException {
        if (!Files.exists(DESIGN)) {
            return;
        }
        List<String> rows = new ArrayList<>();
        boolean pages = false;
        for (String line : Files.readAllLines(DESIGN)) {
            if (line.startsWith("## ")) {
                pages = line.startsWith("## Staff pages");
            }
            if (!line.startsWith("| ")) {
                continue;
            }
            String first = line.substring(2, line.indexOf('|', 2));
            Matcher m = ROW.matcher(first);
            String method = null;
            while (m.find()) {
                if (m.group(1) != null) {
                    method = m.group(1);
                }
                String path = m.group(2).replaceAll("\\?.*", "");
                String otherwise = pages ? "GET" : "POST";
                rows.add((method == null ? otherwise : method) + " " + path);
            }
        }
        assertThat(API_MD).containsAll(rows);
    }

    private static final Pattern ROW =
            Pattern.compile("(?:(GET|POST|PATCH|PUT|DELETE)\\s+)?`(/[^`]*)`");

    @Test
    void everyStaffOperationDocumentsItsProblems() {
        JsonPath document = document();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> undocumented = new ArrayList<>();
        paths.forEach(
                (path, item) -> {
                    if (!path.startsWith("/api/")) {
                        return;
                    }
                    item.forEach(
                            (method, operation) -> {
                                @SuppressWarnings("unchecked")
                                Map<String, Map<String, Object>> responses =
                                        (Map<String, Map<String, Object>>)
                                                operation.get("responses");
                                for (String status : List.of("401", "403", "429")) {
                                    if (!problem(responses.get(status))) {
                                        undocumented.add(method + " " + path + " " + status);
                                    }
                                }
                                assertThat(responses).doesNotContainKey("500");
                            });
                });
        assertThat(undocumented).isEmpty();
        assertThat(document.getList("components.schemas.Problem.required"))
                .containsExactly("type", "title", "status");
    }

    @SuppressWarnings("unchecked")
    private static boolean problem(Map<String, Object> response) {
        if (response == null || !(response.get("content") instanceof Map<?, ?> content)) {
            return false;
        }
        Object media = content.get("application/problem+json");
        return media instanceof Map<?, ?> m
                && ((Map<String, Object>) m.get("schema"))
                        .get("$ref")
                        .equals("#/components/schemas/Problem");
    }

    @Test
    void invitationNamesMatchOutreachsEnums() {
        JsonPath document = document();
        String summary = "components.schemas.InvitationSummary.properties.";
        assertThat(document.getList(summary + "channel.enum"))
                .isEqualTo(names(InvitationChannel.values()));
        assertThat(document.getList(summary + "status.enum"))
                .isEqualTo(names(InvitationStatus.values()));
        assertThat(document.getList(summary + "reason.enum"))
                .isEqualTo(names(InvitationReason.values()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static JsonPath document() {
        return given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
