package org.survivorvoice.reports.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.EncounterOutcome;
import org.survivorvoice.reports.data.ActivityQueries.WindowCount;
import org.survivorvoice.reports.data.ActivityQueries.WindowCounts;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * The workbook's per-provider counts over the quarter's window and the previous quarter's, read in
 * one pass: each window counts only its own quarters' ratings and raters, a provider appears in a
 * window only with ratings in it, and a district's edition sees only its providers. Periods of the
 * 1870s belong to this test alone, so the national figures are exactly its own.
 */
@QuarkusTest
class ActivityQueriesTest {

    private static final Quarter PERIOD = Quarter.parse("1872-Q1");

    @Inject Fixtures fixtures;
    @Inject ActivityQueries activity;
    @Inject ScoringService scoring;
    @Inject ReportFixtures reportFixtures;

    @Test
    void countsEachWindowsOwnRatingsAndRatersInOnePass() {
        List<Quarter> window = scoring.window(PERIOD);
        List<Quarter> previous = scoring.window(PERIOD.previous());
        Quarter newest = window.get(window.size() - 1);
        Quarter shared = window.get(0);
        Quarter oldest = previous.get(0);
        assertThat(window).doesNotContain(oldest);
        assertThat(previous).contains(shared).doesNotContain(newest);

        Area district = fixtures.district();
        Area elsewhere = fixtures.district();
        String onlyNow = fixtures.provider(district.id, "POLICE", "Now thana");
        String onlyBefore = fixtures.provider(district.id, "POLICE", "Before thana");
        String both = fixtures.provider(district.id, "HOSPITAL", "Both hospital");
        String other = fixtures.provider(elsewhere.id, "POLICE", "Other thana");
        String admin = fixtures.user("admin", null);
        long survivor = Staff.enrol(admin, district.id, "9830077101");

        fixtures.ratings(onlyNow, newest.toString(), 2, 1);
        fixtures.ratings(onlyBefore, oldest.toString(), 1, 1);
        // one survivor twice in the quarter both windows hold, one new rater in the newest quarter
        fixtures.survivorRatings(survivor, both, shared.toString(), 2);
        fixtures.ratings(both, newest.toString(), 1, 0);
        fixtures.ratings(other, newest.toString(), 4, 0);

        WindowCounts national = read(window, previous, Optional.empty());
        assertThat(national.current())
                .extracting(WindowCount::providerId, WindowCount::n, WindowCount::raters)
                .containsExactly(
                        tuple(fixtures.providerId(onlyNow), 3L, 3L),
                        tuple(fixtures.providerId(both), 3L, 2L),
                        tuple(fixtures.providerId(other), 4L, 4L));
        assertThat(national.previous())
                .extracting(WindowCount::providerId, WindowCount::n, WindowCount::raters)
                .containsExactly(
                        tuple(fixtures.providerId(onlyBefore), 2L, 2L),
                        tuple(fixtures.providerId(both), 2L, 1L));
        assertThat(national.current())
                .filteredOn(c -> c.providerId() == fixtures.providerId(both))
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.category()).isEqualTo("HOSPITAL");
                            assertThat(c.districtId()).isEqualTo(district.id);
                            assertThat(c.district()).isEqualTo(district.name);
                        });

        WindowCounts own = read(window, previous, Optional.of(district.id));
        assertThat(own.current())
                .extracting(WindowCount::providerId)
                .containsExactly(fixtures.providerId(onlyNow), fixtures.providerId(both));
        assertThat(own.previous())
                .extracting(WindowCount::providerId)
                .containsExactly(fixtures.providerId(onlyBefore), fixtures.providerId(both));
    }

    @Test
    void countsTheQuartersEncountersNationallyAndByDistrict() {
        Quarter period = Quarter.parse("1873-Q2");
        Area district = fixtures.district();
        Area elsewhere = fixtures.district();
        String here = fixtures.provider(district.id, "POLICE", "Here thana");
        String there = fixtures.provider(elsewhere.id, "POLICE", "There thana");
        String admin = fixtures.user("admin", null);
        long survivor = Staff.enrol(admin, district.id, "9830077102");
        reportFixtures.encounters(
                survivor, here, period.toString(), "RATION_CARD", EncounterOutcome.RECEIVED, 3, 3);
        reportFixtures.encounters(
                survivor, there, period.toString(), "RATION_CARD", EncounterOutcome.DENIED, 3, 2);
        // the quarters either side are not counted
        reportFixtures.encounters(
                survivor,
                here,
                period.previous().toString(),
                "RATION_CARD",
                EncounterOutcome.PENDING,
                3,
                4);
        reportFixtures.encounters(
                survivor,
                here,
                period.next().toString(),
                "RATION_CARD",
                EncounterOutcome.PENDING,
                3,
                5);

        assertThat(encounters(period, Optional.empty())).isEqualTo(5);
        assertThat(encounters(period, Optional.of(district.id))).isEqualTo(3);
        assertThat(encounters(period, Optional.of(elsewhere.id))).isEqualTo(2);
    }

    private long encounters(Quarter period, Optional<Long> district) {
        return QuarkusTransaction.requiringNew().call(() -> activity.encounters(period, district));
    }

    private WindowCounts read(
            List<Quarter> window, List<Quarter> previous, Optional<Long> district) {
        return QuarkusTransaction.requiringNew()
                .call(() -> activity.windowCounts(window, previous, district, false));
    }
}
