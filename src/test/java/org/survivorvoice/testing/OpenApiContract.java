package org.survivorvoice.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext.Location;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks every REST Assured exchange of the tests against the service's own generated OpenAPI
 * document ({@code /q/openapi}), with Atlassian's swagger-request-validator, so that a status, a
 * field or a null the document does not describe fails the test that produced it. {@link
 * OpenApiContractInstaller} adds it once to REST Assured's global filters.
 *
 * <ul>
 *   <li>Responses are always checked: the status must be documented for the operation, and a JSON
 *       body must match its schema, with no property the schema does not name.
 *   <li>Requests are checked when the service accepted them (2xx/3xx). A test that sends a bad
 *       request on purpose gets a 4xx, and then only the documented shape of that answer matters.
 *   <li>Bodies that are not JSON (form posts, pages, TwiML, PNG, workbooks) are checked for status
 *       and content type only; the platform's own routes ({@code /q/...}) and static files ({@code
 *       /web/...}) are not part of the document.
 * </ul>
 */
public final class OpenApiContract implements OrderedFilter {

    /**
     * Exchanges checked in this JVM, written to {@link #TALLY} when it exits. Quarkus loads test
     * classes again for each application restart (test profiles, resources), so the count lives in
     * a system property, which every class loader shares, and the exit hook is registered once.
     */
    private static final String CHECKED = OpenApiContract.class.getName() + ".checked";

    private static final Path TALLY = Path.of("target", "openapi-contract.txt");

    private static volatile OpenApiInteractionValidator validator;

    private static void countOne() {
        synchronized (System.getProperties()) {
            String before = System.getProperty(CHECKED);
            if (before == null) {
                Runtime.getRuntime().addShutdownHook(new Thread(OpenApiContract::writeTally));
            }
            long count = before == null ? 0 : Long.parseLong(before);
            System.setProperty(CHECKED, Long.toString(count + 1));
        }
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getPath();
        if (path.startsWith("/q/") || path.startsWith("/web/")) {
            return response;
        }
        ValidationReport report =
                validator(request)
                        .validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        List<Message> broken =
                report.getMessages().stream()
                        .filter(m -> m.getLevel() == Level.ERROR)
                        .filter(m -> counts(m, request, response))
                        .toList();
        countOne();
        if (!broken.isEmpty()) {
            throw new AssertionError(
                    request.getMethod()
                            + " "
                            + path
                            + " -> "
                            + response.statusCode()
                            + " breaks the OpenAPI document:\n"
                            + broken.stream()
                                    .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                                    .collect(Collectors.joining("\n")));
        }
        return response;
    }

    private static final String SESSION_COOKIE = "__Host-sv_session";

    /** Whether a validation message is a broken contract rather than a test's deliberate misuse. */
    private static boolean counts(
            Message message, FilterableRequestSpecification request, Response response) {
        String key = message.getKey();
        int status = response.statusCode();
        if (key.equals("validation.request.path.missing")
                || key.equals("validation.request.operation.notAllowed")) {
            return status != 404 && status != 405;
        }
        if (key.startsWith("validation.request.body") && isForm(request.getContentType())) {
            return false;
        }
        if (key.equals("validation.request.security.missing")
                && request.getCookies().hasCookieWithName(SESSION_COOKIE)) {
            // REST Assured hands the validator its headers without the Cookie header it builds
            return false;
        }
        Location location =
                message.getContext().flatMap(c -> c.getLocation()).orElse(Location.RESPONSE);
        if (location == Location.REQUEST) {
            // a refusal (4xx, or 302 to the sign-in page) is the answer to a request that breaks it
            return status < 400 && status != 302;
        }
        return !key.startsWith("validation.response.body") || isJson(response.contentType());
    }

    /**
     * Form posts and uploads (pages, Twilio) are outside the JSON schema validation; statuses still
     * count.
     */
    private static boolean isForm(String contentType) {
        return contentType != null
                && (contentType.startsWith("application/x-www-form-urlencoded")
                        || contentType.startsWith("multipart/form-data"));
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.contains("json");
    }

    private static OpenApiInteractionValidator validator(FilterableRequestSpecification request) {
        OpenApiInteractionValidator v = validator;
        if (v == null) {
            synchronized (OpenApiContract.class) {
                v = validator;
                if (v == null) {
                    v = load(URI.create(request.getURI()));
                    validator = v;
                }
            }
        }
        return v;
    }

    /** The document as the running service generates it, read once per test JVM. */
    private static OpenApiInteractionValidator load(URI any) {
        URI document = any.resolve("/q/openapi?format=json");
        try {
            HttpResponse<String> answer =
                    HttpClient.newBuilder()
                            // plain HTTP/1.1: the default client's h2c upgrade once failed here
                            // as an HTTP/2 frame error on an HTTP/1.1 answer
                            .version(HttpClient.Version.HTTP_1_1)
                            .build()
                            .send(
                                    HttpRequest.newBuilder(document).build(),
                                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(document + " answered " + answer.statusCode());
            }
            return OpenApiInteractionValidator.createForInlineApiSpecification(answer.body())
                    .withLevelResolver(
                            LevelResolver.create()
                                    .withLevel(
                                            "validation.schema.additionalProperties", Level.ERROR)
                                    .withLevel(
                                            "validation.request.parameter.query.unexpected",
                                            Level.ERROR)
                                    .build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void writeTally() {
        long checked = Long.parseLong(System.getProperty(CHECKED, "0"));
        if (checked == 0) {
            return;
        }
        try {
            Files.writeString(
                    TALLY, "exchanges checked against the OpenAPI document: " + checked + "\n");
        } catch (IOException e) {
            // the tally is a report, not a result; the JVM is exiting either way
        }
    }
}
