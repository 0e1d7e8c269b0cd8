package org.survivorvoice.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.survivorvoice.common.openapi.RouteKind;

/**
 * One operation of the service's own OpenAPI document ({@code /q/openapi}), for the tests that are
 * generated from it (access matrix, malformed input, page bounds): so a new endpoint is covered, or
 * fails its test, without anyone remembering to list it.
 */
public record DocumentedOperation(
        String method,
        String path,
        List<Parameter> parameters,
        Set<String> bodyTypes,
        Map<String, Object> jsonSchema) {

    /** A path or query parameter of the operation. */
    public record Parameter(String name, String in, Map<String, Object> schema) {}

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** The live document as the running service generates it. */
    public static JsonPath document() {
        return given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Every operation of the live document, in path then method order. */
    @SuppressWarnings("unchecked")
    public static List<DocumentedOperation> all() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        List<DocumentedOperation> operations = new ArrayList<>();
        paths.forEach(
                (path, item) ->
                        item.forEach(
                                (method, operation) -> {
                                    if (!METHODS.contains(method)) {
                                        return;
                                    }
                                    List<Parameter> parameters = new ArrayList<>();
                                    var declared =
                                            (List<Map<String, Object>>)
                                                    operation.getOrDefault("parameters", List.of());
                                    for (Map<String, Object> p : declared) {
                                        parameters.add(
                                                new Parameter(
                                                        (String) p.get("name"),
                                                        (String) p.get("in"),
                                                        (Map<String, Object>)
                                                                p.getOrDefault(
                                                                        "schema", Map.of())));
                                    }
                                    var body = (Map<String, Object>) operation.get("requestBody");
                                    Map<String, Object> content =
                                            body == null
                                                    ? Map.of()
                                                    : (Map<String, Object>) body.get("content");
                                    var json =
                                            (Map<String, Object>)
                                                    content.getOrDefault(
                                                            "application/json", Map.of());
                                    operations.add(
                                            new DocumentedOperation(
                                                    method.toUpperCase(),
                                                    path,
                                                    List.copyOf(parameters),
                                                    Set.copyOf(content.keySet()),
                                                    (Map<String, Object>)
                                                            json.getOrDefault("schema", Map.of())));
                                }));
        operations.sort(
                Comparator.comparing(DocumentedOperation::path)
                        .thenComparing(DocumentedOperation::method));
        return operations;
    }

    /** {@code GET /api/v1/providers/{code}}: the key the generated tests' tables use. */
    public String key() {
        return method + " " + path;
    }

    /** The kind of route, as the document's own completion classifies it. */
    public RouteKind kind() {
        return RouteKind.of(path);
    }

    /** Whether the operation takes the query parameter. */
    public boolean hasQuery(String name) {
        return parameters.stream().anyMatch(p -> p.in().equals("query") && p.name().equals(name));
    }

    /** The parameters in the place ({@code path} or {@code query}). */
    public List<Parameter> parametersIn(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    /** Whether the request body may be JSON. */
    public boolean takesJson() {
        return bodyTypes.contains("application/json");
    }

    @Override
    public String toString() {
        return key();
    }
}
