package org.survivorvoice.scoring;

import static org.hamcrest.Matchers.hasItem;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

@QuarkusTest
class ScoringScheduleTest {

    @Inject Fixtures fixtures;
    @Inject ScoringSchedule schedule;

    @Test
    void scheduledRunScoresTheOpenQuarter() {
        String current = Quarter.of(LocalDate.now(ZoneId.of("Asia/Kolkata"))).toString();
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "LEGAL_AID", "Legal aid clinic scheduled");
        fixtures.ratings(code, current, 15, 10);
        String admin = fixtures.user(Roles.ADMIN, null);

        schedule.refreshOpenQuarters();

        as(admin)
                .get("/api/v1/scores?period=" + current + "&district=" + district.id)
                .then()
                .statusCode(200)
                .body("items.providerCode", hasItem(code));
    }
}
