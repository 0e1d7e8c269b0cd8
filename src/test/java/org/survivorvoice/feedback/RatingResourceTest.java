package org.survivorvoice.feedback;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Json;
import org.survivorvoice.testing.RatingEntry;
import org.survivorvoice.testing.Staff;

@QuarkusTest
class RatingResourceTest {

    private static final Map<String, Integer> ALL_FIVE =
            Map.of("overall", 5, "dignity", 4, "listened", 5, "timeliness", 3, "outcome", 4);

    @Inject Fixtures fixtures;

    @Test
    void ratingOfAnEncounterIsVerifiedAndASecondOneIsRefused() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Minakhan Police Station");
        long survivor = Staff.enrol(worker, district.id, "9830033331");
        long encounter = Staff.encounter(worker, survivor, code);

        Staff.rateAssisted(
                        worker,
                        RatingEntry.ofEncounter(encounter, "bn")
                                .answers(ALL_FIVE)
                                .moneyAsked(false)
                                .comment("ভালো ব্যবহার"))
                .statusCode(201)
                .body("verified", equalTo(true));

        Staff.rateAssisted(
                        worker,
                        RatingEntry.ofEncounter(encounter, "bn").channel("PAPER").overall(1))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("This encounter has already been rated."));
    }

    @Test
    void ratingByProviderCodeIsUnverifiedAndKeepsAnySubset() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        String code = fixtures.provider(district.id, "HEALTH_WORKER", "ASHA worker Rekha");

        Staff.rateAssisted(
                        worker,
                        RatingEntry.ofProvider(code, "hi")
                                .channel("PAPER")
                                .answers(Map.of("dignity", 2)))
                .statusCode(201)
                .body("verified", equalTo(false));
        Staff.rateAssisted(worker, RatingEntry.ofProvider(code, "hi").comment("no box ticked"))
                .statusCode(201);

        as(fixtures.user(Roles.ADMIN, null))
                .get("/api/v1/ratings?providerCode=" + code)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].answers.overall", equalTo(null))
                .body("items[0].moneyAsked", equalTo(null))
                .body("items[1].answers.overall", equalTo(null))
                .body("items[1].answers.dignity", equalTo(2));
    }

    @Test
    void refusesOutOfRangeAnswersWebChannelAndEmptyRatings() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        String code = fixtures.provider(district.id, "PANCHAYAT", "Sagar Gram Panchayat");

        as(worker)
                .contentType(ContentType.JSON)
                .body(
                        Json.object(
                                "providerCode",
                                code,
                                "channel",
                                "ASSISTED",
                                "language",
                                "bn",
                                "answers",
                                Map.of("overall", 6)))
                .post("/api/v1/ratings")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("answers.overall"));
        as(worker)
                .contentType(ContentType.JSON)
                .body(
                        Json.object(
                                "providerCode",
                                code,
                                "channel",
                                "WEB",
                                "language",
                                "bn",
                                "answers",
                                Map.of("overall", 3)))
                .post("/api/v1/ratings")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("channel"));
        as(worker)
                .contentType(ContentType.JSON)
                .body(Json.object("providerCode", code, "channel", "ASSISTED", "language", "bn"))
                .post("/api/v1/ratings")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("answers"));
    }

    @Test
    void badCheckDigitOrOtherDistrictIsNotFound() {
        Area own = fixtures.district();
        Area other = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, own.id);
        String code = fixtures.provider(other.id, "HOSPITAL", "Basirhat Hospital");
        String ownCode = fixtures.provider(own.id, "HOSPITAL", "Own Hospital");
        String typo = ownCode.substring(0, 5) + (char) ('0' + (ownCode.charAt(5) - '0' + 3) % 10);

        for (String c : new String[] {code, typo}) {
            Staff.rateAssisted(worker, RatingEntry.ofProvider(c, "bn").overall(3)).statusCode(404);
        }
    }

    @Test
    void adminListNeverShowsSurvivorOrCommentAndIsAudited() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String worker = fixtures.user(Roles.FIELDWORKER, null);
        String code = fixtures.provider(district.id, "SOCIAL_WORKER", "Social worker Mina");
        long survivor = Staff.enrol(worker, district.id, "9830033332");
        long encounter = Staff.encounter(worker, survivor, code);
        Staff.rateAssisted(
                        worker,
                        RatingEntry.ofEncounter(encounter, "bn")
                                .answers(ALL_FIVE)
                                .comment("private words"))
                .statusCode(201);

        long auditedBefore = fixtures.auditCount("rating", "LIST");
        String body =
                as(admin)
                        .get("/api/v1/ratings?providerCode=" + code)
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .body("items[0].answers.overall", equalTo(5))
                        .body("items", everyItem(not(hasKey("survivorId"))))
                        .body("items", everyItem(not(hasKey("comment"))))
                        .extract()
                        .asString();
        Assertions.assertThat(body).doesNotContain("private words");
        Assertions.assertThat(fixtures.auditCount("rating", "LIST")).isEqualTo(auditedBefore + 1);
        as(worker).get("/api/v1/ratings").then().statusCode(403);
        as(admin).get("/api/v1/ratings?period=2026-Q9").then().statusCode(400);
    }
}
