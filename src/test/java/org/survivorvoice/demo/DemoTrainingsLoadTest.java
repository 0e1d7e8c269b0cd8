package org.survivorvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.training.TrainingWindow;

/**
 * The demo programme as the dev profile loads it (the default seed and size), seen on 15 November
 * 1911 so that its ratings fall in 1910-1911, quarters no other test reads: its training events are
 * stored with their attendance, and the four cells of the effect, counted here in SQL over the
 * stored ratings by the definition of issue 18, show the planted effect of the police sensitisation
 * (about +15 points) and none for the health workers' training, both passing the gate.
 */
@QuarkusTest
class DemoTrainingsLoadTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final LocalDate TODAY = LocalDate.of(1911, 11, 15);
    private static final int MIN_RATINGS = 11;
    private static final int MIN_RATERS = 11;

    @Inject DemoProgrammeWriter writer;
    @Inject AgroalDataSource db;
    @Inject Fixtures fixtures;

    /** One cell: valid ratings, satisfied ones, distinct raters. */
    record Cell(long n, long x, long raters) {
        double share() {
            return (double) x / n;
        }
    }

    @Test
    void theStoredDemoShowsThePlantedEffectAndNoneForTheOtherEvent() throws SQLException {
        DemoProgramme programme = DemoProgramme.generate(20260401, DemoSize.DEMO, TODAY, KOLKATA);
        DemoLoadReport load = writer.write(programme);
        List<DemoTrainings.Event> planned = programme.trainings().events();

        List<Long> events =
                events(load.providerId(0), load.providerId(programme.providers().size() - 1));
        assertThat(events).hasSize(planned.size()).hasSize(3);
        String admin = fixtures.user(Roles.ADMIN, null);
        for (int e = 0; e < events.size(); e++) {
            DemoTrainings.Event plan = planned.get(e);
            as(admin)
                    .get("/api/v1/trainings/" + events.get(e))
                    .then()
                    .statusCode(200)
                    .body("heldOn", org.hamcrest.Matchers.equalTo(plan.heldOn().toString()))
                    .body("pillar", org.hamcrest.Matchers.equalTo(plan.pillar().name()))
                    .body(
                            "providers.size()",
                            org.hamcrest.Matchers.equalTo(plan.attendance().size()))
                    .body(
                            "staffTrained",
                            org.hamcrest.Matchers.equalTo(
                                    plan.attendance().stream()
                                            .mapToInt(DemoTrainings.Attendee::staffCount)
                                            .sum()));
        }

        Cell[] police = cells(events.get(0));
        Cell[] health = cells(events.get(1));
        double plantedEffect = effect(police);
        double noEffect = effect(health);
        System.out.printf(
                "Demo seen on %s: police sensitisation %s, effect %+.1f points (trained %.1f%% ->"
                        + " %.1f%%, untrained %.1f%% -> %.1f%%); health workers %s, effect %+.1f"
                        + " points%n",
                TODAY,
                describe(police),
                plantedEffect,
                100 * police[0].share(),
                100 * police[1].share(),
                100 * police[2].share(),
                100 * police[3].share(),
                describe(health),
                noEffect);

        for (Cell[] cells : List.of(police, health)) {
            for (Cell c : cells) {
                assertThat(c.n()).isGreaterThanOrEqualTo(MIN_RATINGS);
                assertThat(c.raters()).isGreaterThanOrEqualTo(MIN_RATERS);
            }
        }
        assertThat(trainedPassingGate(events.get(0))).isGreaterThanOrEqualTo(3);
        assertThat(trainedPassingGate(events.get(1))).isGreaterThanOrEqualTo(3);
        assertThat(plantedEffect).isBetween(10.0, 20.0);
        assertThat(noEffect).isBetween(-6.0, 6.0);
        // the untrained stations stay level; the trained ones rise
        assertThat(100 * (police[3].share() - police[2].share())).isBetween(-6.0, 6.0);
        assertThat(100 * (police[1].share() - police[0].share())).isGreaterThan(8.0);

        // the database holds what the generator made: the same cells on the stream
        DemoTrainingsTest.Cells stream = DemoTrainingsTest.cells(programme, planned.get(0));
        for (int cell = 0; cell < 4; cell++) {
            assertThat(police[cell].n()).isEqualTo(stream.n()[cell]);
            assertThat(police[cell].x()).isEqualTo(stream.x()[cell]);
            assertThat(police[cell].raters()).isEqualTo(stream.raters()[cell]);
        }
    }

    /** The events whose attendance is among the load's providers, in the order written. */
    private List<Long> events(long firstProvider, long lastProvider) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT DISTINCT training_id FROM training_attendance WHERE"
                                        + " provider_id BETWEEN ? AND ? ORDER BY training_id")) {
            s.setLong(1, firstProvider);
            s.setLong(2, lastProvider);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * The four cells of the event (trained before, trained after, untrained before, untrained
     * after) by issue 18's definition: valid ratings (an overall answer, not from a survivor who
     * withdrew reporting consent) of against Q+1 and Q+2; trained = the attending
     * providers; untrained = providers of the same categories whose district lies in a state of a
     * trained provider and who attended no event held by the last day of Q+2.
     */
    private Cell[] cells(long event) throws SQLException {
        TrainingWindow window;
        try (Connection c = db.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT held_on FROM training_event WHERE id = ?")) {
            s.setLong(1, event);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                window = TrainingWindow.heldOn(rs.getObject(1, LocalDate.class));
            }
        }
        String sql =
                """
                SELECT CASE WHEN ta.provider_id IS NULL THEN 2 ELSE 0 END
                         + CASE WHEN r.period IN (?, ?) THEN 0 ELSE 1 END AS cell,
                       COUNT(*), SUM(CASE WHEN r.overall >= 4 THEN 1 ELSE 0 END),
                       COUNT(DISTINCT r.rater_key)
                FROM rating r
                JOIN provider p ON p.id = r.provider_id
                JOIN area d ON d.id = p.district_id
                LEFT JOIN training_attendance ta
                       ON ta.provider_id = p.id AND ta.training_id = ?
                WHERE r.period IN (?, ?, ?, ?)
                  AND r.overall IS NOT NULL
                  AND (r.survivor_id IS NULL OR r.survivor_id NOT IN
                       (SELECT w.id FROM survivor w WHERE w.consent_reporting = FALSE))
                  AND p.category_id IN
                      (SELECT tp.category_id FROM training_attendance t
                       JOIN provider tp ON tp.id = t.provider_id WHERE t.training_id = ?)
                  AND d.parent_id IN
                      (SELECT td.parent_id FROM training_attendance t
                       JOIN provider tp ON tp.id = t.provider_id
                       JOIN area td ON td.id = tp.district_id WHERE t.training_id = ?)
                  AND (ta.provider_id IS NOT NULL OR NOT EXISTS
                       (SELECT 1 FROM training_attendance o
                        JOIN training_event oe ON oe.id = o.training_id
                        WHERE o.provider_id = p.id AND oe.held_on <= ?))
                GROUP BY cell
                """;
        Cell[] cells = new Cell[4];
        List<Quarter> before = window.before();
        List<Quarter> compared = window.compared();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, before.get(0).toString());
            s.setString(2, before.get(1).toString());
            s.setLong(3, event);
            for (int i = 0; i < 4; i++) {
                s.setString(4 + i, compared.get(i).toString());
            }
            s.setLong(8, event);
            s.setLong(9, event);
            s.setObject(10, window.lastDay());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    cells[rs.getInt(1)] = new Cell(rs.getLong(2), rs.getLong(3), rs.getLong(4));
                }
            }
        }
        return cells;
    }

    /** Trained providers with enough ratings from enough raters over the four quarters. */
    private long trainedPassingGate(long event) throws SQLException {
        TrainingWindow window;
        try (Connection c = db.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT held_on FROM training_event WHERE id = ?")) {
            s.setLong(1, event);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                window = TrainingWindow.heldOn(rs.getObject(1, LocalDate.class));
            }
        }
        String sql =
                """
                SELECT COUNT(*) FROM
                  (SELECT r.provider_id FROM rating r
                   JOIN training_attendance ta ON ta.provider_id = r.provider_id
                   WHERE ta.training_id = ? AND r.period IN (?, ?, ?, ?)
                     AND r.overall IS NOT NULL
                     AND (r.survivor_id IS NULL OR r.survivor_id NOT IN
                          (SELECT w.id FROM survivor w WHERE w.consent_reporting = FALSE))
                   GROUP BY r.provider_id
                   HAVING COUNT(*) >= ? AND COUNT(DISTINCT r.rater_key) >= ?) passing
                """;
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, event);
            for (int i = 0; i < 4; i++) {
                s.setString(2 + i, window.compared().get(i).toString());
            }
            s.setInt(6, MIN_RATINGS);
            s.setInt(7, MIN_RATERS);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static double effect(Cell[] c) {
        return 100 * ((c[1].share() - c[0].share()) - (c[3].share() - c[2].share()));
    }

    private static String describe(Cell[] cells) {
        StringBuilder s = new StringBuilder();
        for (Cell c : cells) {
            s.append(String.format("[n=%d x=%d raters=%d]", c.n(), c.x(), c.raters()));
        }
        return s.toString();
    }
}
