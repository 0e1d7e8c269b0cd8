package org.survivorvoice.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.web.LanguageChoice;
import org.survivorvoice.common.web.SignInRedirect;

/**
 * Maps every failure to {@code application/problem+json}. Details are written for the client and
 * never carry a stack trace, class name, SQL or the rejected value (which could be a phone number).
 */
public class ProblemMappers {

    /** How long a client should wait when the database is away: about a restart or failover. */
    private static final String RETRY_AFTER_SECONDS = "30";

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpServerRequest request) {
        if (PageRefusal.isPage(request.path())) {
            // a page's resource that did not catch it: a browser still gets a page
            return PageRefusal.of(e.status(), languageOf(request));
        }
        return respond(e);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Violation> violations =
                e.getConstraintViolations().stream()
                        .map(v -> new Violation(fieldOf(v), v.getMessage()))
                        .sorted(Comparator.comparing(Violation::field))
                        .collect(Collectors.toCollection(ArrayList::new));
        return invalidFields(violations);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return respond(
                Problem.of(400, "Malformed JSON", "The request body is not well-formed JSON."));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(
                    Problem.of(
                            400,
                            "Invalid input",
                            "The request body does not have the expected shape."));
        }
        return invalidFields(List.of(new Violation(field, "has the wrong type or format")));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return invalidFields(List.of(new Violation(jsonPath(e), "is not a field of this request")));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String detail =
                field.isEmpty()
                        ? "The request body could not be read."
                        : "The field '" + field + "' could not be read.";
        return respond(Problem.of(400, "Invalid input", detail));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpServerRequest request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(
            AuthenticationFailedException e, HttpServerRequest request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "Your role does not allow this."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (PageRefusal.answers(request.path(), status)) {
            return PageRefusal.of(status, languageOf(request));
        }
        if (status >= 500) {
            Log.errorf("Request failed: %s", LoggableFailure.describe(e));
            return respond(Problem.of(status, "Server error", "The request could not be served."));
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        return respond(Problem.of(status, title, detailFor(status)));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        return unexpected(e, request.path(), languageOf(request));
    }

    /** {@link #unexpected(Exception, String, SurvivorLanguage)} for a request in English. */
    Response unexpected(Exception e, String path) {
        return unexpected(e, path, SurvivorLanguage.EN);
    }

    /** Any other failure: 503 when the database is away, else a 500 logged without messages. */
    Response unexpected(Exception e, String path, SurvivorLanguage language) {
        if (TransientDatabaseError.isTransient(e)) {
            return databaseAway(e, path, language);
        }
        Log.errorf("Unexpected failure: %s", LoggableFailure.describe(e));
        return respond(Problem.of(500, "Server error", "The request could not be served."));
    }

    /**
     * The database away, the pool empty or a lock conflict: nothing about the request is wrong, so
     * it is a 503 with Retry-After (a page on a page, a problem elsewhere), not a 500.
     */
    private static Response databaseAway(Exception e, String path, SurvivorLanguage language) {
        Log.warnf("Database unavailable: %s", LoggableFailure.describe(e));
        Response answer =
                PageRefusal.isPage(path)
                        ? PageRefusal.of(503, language)
                        : respond(
                                Problem.of(
                                        503,
                                        "Service unavailable",
                                        "The service is briefly unavailable; try again in a"
                                                + " minute."));
        return Response.fromResponse(answer)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    /**
     * The language a page's refusal is written in: the pages' own choice from the request's {@code
     * lang} parameter, language cookie and {@code Accept-Language}; English when the request cannot
     * even be read for that.
     */
    private static SurvivorLanguage languageOf(HttpServerRequest request) {
        try {
            Cookie remembered = request.getCookie(LanguageChoice.COOKIE);
            return LanguageChoice.of(
                            request.getParam(LanguageChoice.PARAM),
                            remembered == null ? null : remembered.getValue(),
                            request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                    .language();
        } catch (RuntimeException unreadable) {
            // a malformed query string (bad percent-encoding) is decoded lazily and throws here
            return SurvivorLanguage.EN;
        }
    }

    /** A staff page sends the browser to sign in; the API answers HTTP Basic's 401. */
    private static Response unauthorized(HttpServerRequest request) {
        Optional<String> signIn =
                SignInRedirect.forRequest(request.path(), request.method() == HttpMethod.GET);
        if (signIn.isPresent()) {
            return Response.status(302).location(URI.create(signIn.get())).build();
        }
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Survivor Voice\"")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(401, "Unauthorized", "Log in with your staff account."))
                .build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "The requested representation is not available.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the body as application/json (a provider import: text/csv or .xlsx).";
            default -> "The request could not be served.";
        };
    }

    /** The same 400 an {@link InvalidInputException} gives. */
    private static Response invalidFields(List<Violation> violations) {
        return respond(new InvalidInputException(violations));
    }

    /** The problem+json answer of a domain failure, also for filters that answer before JAX-RS. */
    static Response respond(DomainException e) {
        return respond(
                new Problem("about:blank", e.title(), e.status(), e.getMessage(), e.violations()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The bean path without the method and parameter nodes: {@code consent.sms}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                if (node.getKind() == ElementKind.PARAMETER && !isBody(violation)) {
                    field.append(node.getName());
                }
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static boolean isBody(ConstraintViolation<?> violation) {
        int depth = 0;
        for (Path.Node ignored : violation.getPropertyPath()) {
            depth++;
        }
        return depth > 2;
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(
                        ref ->
                                ref.getFieldName() != null
                                        ? ref.getFieldName()
                                        : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
