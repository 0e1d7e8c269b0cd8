package org.survivorvoice.common.openapi;

import static org.survivorvoice.common.openapi.SharedStatus.HTML;
import static org.survivorvoice.common.openapi.SharedStatus.PROBLEM;
import static org.survivorvoice.common.openapi.SharedStatus.page;
import static org.survivorvoice.common.openapi.SharedStatus.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of route the service has, by path, and the statuses that the layers in front of every
 * resource of a kind can answer: security, signature and CSRF filters, body limits, rate limits,
 * the shared parameter parsers and the form flow. A resource documents its own statuses beside
 * these.
 */
public enum RouteKind {
    /** The staff JSON API under {@code /api/}: HTTP Basic, problem+json errors. */
    API,
    /** Survivor pages (web form, invitation links, quick exit): friendly HTML pages. */
    SURVIVOR_PAGE,
    /**
     * Staff pages under {@code /staff/}, and the sign-in and sign-out: HTML, a session cookie (or
     * HTTP Basic), CSRF-checked forms and uploads.
     */
    STAFF_PAGE,
    /** Twilio's webhooks: signed form posts answered with TwiML. */
    TWILIO,
    /** Other SMS aggregators: HMAC-signed bodies answered in plain text. */
    GATEWAY;

    /** The kind of the route at the path (a path template or a request path). */
    public static RouteKind of(String path) {
        if (path.startsWith("/api/")) {
            return API;
        }
        if (path.equals("/staff")
                || path.startsWith("/staff/")
                || path.equals("/login")
                || path.equals("/logout")) {
            return STAFF_PAGE;
        }
        if (path.startsWith("/twilio/")) {
            return TWILIO;
        }
        if (path.startsWith("/gateway/")) {
            return GATEWAY;
        }
        return SURVIVOR_PAGE;
    }

    /** The security scheme of a signed webhook kind; null for the others. */
    String signatureScheme() {
        return switch (this) {
            case TWILIO -> "twilioSignature";
            case GATEWAY -> "gatewaySignature";
            default -> null;
        };
    }

    /** Whether the routes are pages, which take {@code ?lang=}. */
    public boolean isPage() {
        return this == SURVIVOR_PAGE || this == STAFF_PAGE;
    }

    private static final String DATABASE_AWAY =
            "The database is briefly unavailable; nothing was stored; see Retry-After";
    private static final SharedStatus DATABASE_AWAY_PROBLEM = problem(503, DATABASE_AWAY);

    /** Statuses shared by every operation of this kind with the given shape. */
    List<SharedStatus> statuses(String path, boolean post, boolean hasBody, boolean hasParameters) {
        List<SharedStatus> statuses = new ArrayList<>();
        switch (this) {
            case API -> {
                if (hasBody || hasParameters) {
                    statuses.add(
                            problem(
                                    400,
                                    "Malformed or invalid input; `violations` names each field"));
                }
                statuses.add(problem(401, "No or wrong staff credentials"));
                statuses.add(problem(403, "Your role or district does not allow this"));
                if (path.contains("{") || hasParameters || hasBody) {
                    statuses.add(
                            problem(
                                    404,
                                    "An id, code, area or period the request names does not exist"
                                            + " (or has no released scores)"));
                }
                if (hasBody) {
                    statuses.add(problem(413, "The request body is too large"));
                    statuses.add(problem(415, "The body is not application/json"));
                }
                statuses.add(
                        problem(429, "Too many failed logins for this user name; see Retry-After"));
                statuses.add(DATABASE_AWAY_PROBLEM);
            }
            case SURVIVOR_PAGE -> pages(statuses, path, post);
            case STAFF_PAGE -> staffPages(statuses, path, post, hasParameters);
            case TWILIO -> {
                statuses.add(
                        new SharedStatus(
                                403,
                                "Missing or wrong X-Twilio-Signature; nothing is stored",
                                List.of("application/xml")));
                if (path.equals("/twilio/sms")) {
                    statuses.add(
                            new SharedStatus(
                                    503,
                                    "The message could not be stored; Twilio sends it again",
                                    List.of("application/xml")));
                }
            }
            case GATEWAY -> {
                statuses.add(problem(400, "The body is not a message of this gateway's format"));
                statuses.add(
                        new SharedStatus(
                                403,
                                "Unknown gateway, body too large, or a missing or wrong signature;"
                                        + " nothing is stored",
                                List.of()));
                statuses.add(
                        new SharedStatus(
                                503,
                                "The message could not be stored; the gateway should retry",
                                List.of("text/plain")));
            }
            default -> throw new IllegalStateException(name());
        }
        return statuses;
    }

    private static void staffPages(
            List<SharedStatus> statuses, String path, boolean post, boolean hasParameters) {
        statuses.add(new SharedStatus(302, "Not signed in: on to the sign-in page", List.of()));
        statuses.add(new SharedStatus(303, "Done; on to the next page", List.of()));
        statuses.add(
                new SharedStatus(
                        401,
                        "Wrong HTTP Basic credentials (scripts), or a refused sign-in (the form"
                                + " again)",
                        List.of(HTML, PROBLEM)));
        statuses.add(
                new SharedStatus(
                        403,
                        "Your role or district does not allow this, or the form expired",
                        List.of(HTML, PROBLEM)));
        if (post || path.contains("{") || hasParameters) {
            statuses.add(page(404, "Nothing at this address in your district"));
        }
        if (!post && hasParameters) {
            statuses.add(page(400, "A filter, period or page the page cannot show"));
        }
        if (post) {
            statuses.add(page(400, "The form or file could not be read"));
            statuses.add(page(413, "The file is too large; nothing is stored"));
            statuses.add(page(415, "The body is not a form or an upload"));
            statuses.add(page(422, "Some fields or rows are invalid: the page again, with them"));
        }
        statuses.add(page(429, "Too many requests, or too many failed sign-ins for a user name"));
        statuses.add(page(503, DATABASE_AWAY));
    }

    private void pages(List<SharedStatus> statuses, String path, boolean post) {
        if (post) {
            statuses.add(new SharedStatus(303, "Stored; on to the thanks page", List.of()));
            statuses.add(page(400, "The form could not be read"));
            statuses.add(
                    new SharedStatus(
                            403,
                            "The form has expired (CSRF token missing or wrong)",
                            List.of(HTML)));
            statuses.add(problem(413, "The body is over 10 MB; nothing is read"));
            statuses.add(
                    problem(415, "The body is not a form (application/x-www-form-urlencoded)"));
            statuses.add(
                    page(422, "Some answers are missing or invalid: the form again, with them"));
        }
        if (path.contains("{token}")) {
            statuses.add(page(404, "A used, expired or unknown link (the same neutral page)"));
        }
        statuses.add(page(429, "Too many requests from this address; see Retry-After"));
        statuses.add(page(503, DATABASE_AWAY));
    }
}
