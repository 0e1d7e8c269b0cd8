package org.survivorvoice.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.openapi.RouteKind;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.DocumentedOperation;
import org.survivorvoice.testing.Fixtures;

/**
 * Every JSON operation of the OpenAPI document refuses a malformed body with a 4xx problem+json,
 * never a 500 or an HTML page (SAFETY V2): malformed JSON, no body, wrong types field by field
 * (from the operation's schema), missing required fields, unknown and duplicate fields, invalid
 * UTF-8, deep nesting, bodies over the JSON limit with and without a Content-Length, and bodies
 * that are not JSON.
 */
@QuarkusTest
class MalformedBodyPerOperationTest {

    @Inject Fixtures fixtures;

    @ConfigProperty(name = "survivor-voice.api.max-json-body-bytes")
    int maxJsonBytes;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private String admin;

    @BeforeEach
    void admin() {
        admin = fixtures.user(Roles.ADMIN, null);
    }

    @Test
    void everyJsonOperationRefusesMalformedBodiesWithAProblem() {
        List<DocumentedOperation> json = jsonOperations();
        assertThat(json).extracting(DocumentedOperation::key).contains("POST /api/v1/survivors");
        List<String> failures = new ArrayList<>();
        for (DocumentedOperation operation : json) {
            JsonBodyCases.of(operation, schemas())
                    .forEach(
                            (name, body) ->
                                    expect(
                                            failures,
                                            operation,
                                            name,
                                            send(operation, ContentType.JSON.toString(), body),
                                            400));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anUnknownFieldIsNamedAndADuplicateFieldRefused() {
        List<String> failures = new ArrayList<>();
        for (DocumentedOperation operation : jsonOperations()) {
            Response unknown = send(operation, "application/json", bytes("{\"zzUnknown\":1}"));
            expect(failures, operation, "unknown field", unknown, 400);
            if (!unknown.jsonPath().getList("violations.field").contains("zzUnknown")) {
                failures.add(
                        operation.key() + " unknown field: not named in " + unknown.asString());
            }
            String field = JsonBodyCases.firstProperty(operation, schemas());
            String twice = "{\"" + field + "\":null,\"" + field + "\":null}";
            expect(
                    failures,
                    operation,
                    "duplicate field",
                    send(operation, "application/json", bytes(twice)),
                    400);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aBodyOverTheJsonLimitIs413WithOrWithoutALength() throws Exception {
        byte[] big = bytes("{\"name\":\"" + "x".repeat(maxJsonBytes) + "\"}");
        List<String> failures = new ArrayList<>();
        for (DocumentedOperation operation : jsonOperations()) {
            expect(failures, operation, "announced", send(operation, "application/json", big), 413);
            HttpResponse<String> chunked = chunked(operation, big);
            if (chunked.statusCode() != 413
                    || !chunked.headers()
                            .firstValue("Content-Type")
                            .orElse("")
                            .startsWith("application/problem+json")) {
                failures.add(
                        operation.key()
                                + " chunked: "
                                + chunked.statusCode()
                                + " "
                                + chunked.headers().firstValue("Content-Type").orElse(""));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        List<String> failures = new ArrayList<>();
        for (DocumentedOperation operation : jsonOperations()) {
            for (String type :
                    List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
                Response answer =
                        as(admin)
                                .contentType(type)
                                .body("name=x")
                                .request(operation.method(), address(operation));
                expect(failures, operation, type, answer, 415);
            }
        }
        assertThat(failures).isEmpty();
    }

    private List<DocumentedOperation> jsonOperations() {
        return DocumentedOperation.all().stream()
                .filter(DocumentedOperation::takesJson)
                .filter(o -> o.kind() == RouteKind.API)
                .toList();
    }

    private Map<String, Object> schemas;

    private Map<String, Object> schemas() {
        if (schemas == null) {
            schemas = DocumentedOperation.document().getMap("components.schemas");
        }
        return schemas;
    }

    /** The operation's address with 1 for every path parameter. */
    static String address(DocumentedOperation operation) {
        return operation.path().replaceAll("\\{[^}]+}", "1");
    }

    private Response send(DocumentedOperation operation, String type, byte[] body) {
        RequestSpecification request = as(admin).contentType(type);
        if (body != null) {
            request = request.body(body);
        }
        return request.request(operation.method(), address(operation));
    }

    /** The body sent in chunks, without a Content-Length (Java's client streams an InputStream). */
    private HttpResponse<String> chunked(DocumentedOperation operation, byte[] body)
            throws IOException, InterruptedException {
        String basic =
                java.util.Base64.getEncoder()
                        .encodeToString(
                                (admin + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + address(operation)))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/json")
                        .method(
                                operation.method(),
                                HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new java.io.ByteArrayInputStream(body)))
                        .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void expect(
            List<String> failures,
            DocumentedOperation operation,
            String name,
            Response answer,
            int status) {
        String type = answer.contentType();
        String text = answer.asString();
        boolean ok =
                answer.statusCode() == status
                        && type != null
                        && type.startsWith("application/problem+json")
                        && JsonPath.from(text).getInt("status") == status
                        && !text.contains("Exception")
                        && !text.contains("org.survivorvoice");
        if (!ok) {
            failures.add(
                    operation.key()
                            + " "
                            + name
                            + ": "
                            + answer.statusCode()
                            + " "
                            + type
                            + " "
                            + text);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
