package org.survivorvoice.testing;

import static org.survivorvoice.testing.Fixtures.as;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;

/** Common API calls of tests, made as a given staff user. */
public final class Staff {

    /** A phone number planted by tests; it must never come back in a response or a log line. */
    public static final String CANARY_PHONE = "9876543210";

    private Staff() {}

    /** Enrols a survivor with every consent given; returns her id. */
    public static long enrol(String user, long areaId, String phone) {
        Number id =
                as(user).contentType(ContentType.JSON)
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
                                        Map.of("from", "10:00", "to", "17:30"),
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
        Number id =
                as(user).contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "survivorId",
                                        survivorId,
                                        "providerCode",
                                        providerCode,
                                        "serviceType",
                                        "FIR",
                                        "date",
                                        LocalDate.now().minusDays(2).toString(),
                                        "outcome",
                                        "PENDING"))
                        .post("/api/v1/encounters")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        return id.longValue();
    }
}
