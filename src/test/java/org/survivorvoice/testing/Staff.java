package org.survivorvoice.testing;

import static org.survivorvoice.testing.Fixtures.as;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Common API calls of tests, made as a given staff user. */
public final class Staff {

    /** A phone number planted by tests; it must never come back in a response or a log line. */
    public static final String CANARY_PHONE = "9876543210";

    private Staff() {}

    /** Enrols a survivor with every consent given; returns her id. */
    public static long enrol(String user, long areaId, String phone) {
        return enrol(as(user), areaId, phone, LocalTime.of(10, 0), LocalTime.of(17, 30));
    }

    /**
     * Enrols a survivor with every consent given and the safe hours, through the request (its
     * server and login); returns her id.
     */
    public static long enrol(
            RequestSpecification request,
            long areaId,
            String phone,
            LocalTime safeFrom,
            LocalTime safeTo) {
        Number id =
                request.contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "phone",
                                        phone,
                                        "language",
                                        "bn",
                                        "areaId",
                                        areaId,
                                        "consent",
                                        Map.of(
                                                "sms", true,
                                                "ivr", true,
                                                "webLink", true,
                                                "reporting", true),
                                        "safeHours",
                                        Map.of(
                                                "from", safeFrom.toString(),
                                                "to", safeTo.toString()),
                                        "ivrPin",
                                        "4821"))
                        .post("/api/v1/survivors")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        return id.longValue();
    }

    /** Logs an encounter; returns its id. */
    public static long encounter(String user, long survivorId, String providerCode) {
        return encounter(as(user), survivorId, providerCode);
    }

    /** Logs an encounter through the request (its server and login); returns its id. */
    public static long encounter(
            RequestSpecification request, long survivorId, String providerCode) {
        return encounter(request, survivorId, providerCode, LocalDate.now().minusDays(2));
    }

    /** Logs an encounter of the day (an FIR, outcome pending); returns its id. */
    public static long encounterOn(
            String user, long survivorId, String providerCode, LocalDate date) {
        return encounter(as(user), survivorId, providerCode, date);
    }

    private static long encounter(
            RequestSpecification request, long survivorId, String providerCode, LocalDate date) {
        Number id =
                request.contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "survivorId",
                                        survivorId,
                                        "providerCode",
                                        providerCode,
                                        "serviceType",
                                        "FIR",
                                        "date",
                                        date.toString(),
                                        "outcome",
                                        "PENDING"))
                        .post("/api/v1/encounters")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        return id.longValue();
    }

    /**
     * Enters an assisted rating of the encounter with only the overall answer; the answer is left
     * to the caller to check (201, or 422 when the encounter is already rated).
     */
    public static ValidatableResponse rateAssisted(
            String user, long encounterId, String language, int overall) {
        return rateAssisted(user, RatingEntry.ofEncounter(encounterId, language).overall(overall));
    }

    /** Enters the rating as the user; the answer is left to the caller to check. */
    public static ValidatableResponse rateAssisted(String user, RatingEntry entry) {
        return as(user).contentType(ContentType.JSON)
                .body(entry.body())
                .post("/api/v1/ratings")
                .then();
    }

    /** Creates an area through the request (its server and login); returns its id. */
    public static long area(RequestSpecification request, String name, String level, Long parent) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "level", level));
        if (parent != null) {
            body.put("parentId", parent);
        }
        Number id =
                request.contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/areas")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        return id.longValue();
    }

    /**
     * Registers a provider (Bengali-speaking) through the request (its server and login); returns
     * its code.
     */
    public static String provider(
            RequestSpecification request, String name, String category, long areaId) {
        return request.contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "name",
                                name,
                                "category",
                                category,
                                "areaId",
                                areaId,
                                "languages",
                                List.of("bn")))
                .post("/api/v1/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
    }
}
