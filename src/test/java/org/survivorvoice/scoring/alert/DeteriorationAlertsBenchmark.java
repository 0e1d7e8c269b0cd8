package org.survivorvoice.scoring.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.demo.DemoLoadReport;
import org.survivorvoice.demo.DemoProgramme;
import org.survivorvoice.demo.DemoProgrammeWriter;
import org.survivorvoice.demo.DemoSize;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.testing.RatingRow;

/**
 * Timing of the deterioration alerts over a national-scale programme (10,000 providers, a million
 * ratings): the first update reads every rating, the second finds nothing new, the third the
 * thousand ratings given since. Runs only with {@code ./mvnw test -Pbenchmark
 * -Dtest=DeteriorationAlertsBenchmark}; add {@code -DargLine=-Xmx320m} to see that the ratings
 * stream through a small heap. Prints its figures.
 */
@QuarkusTest
@Tag("benchmark")
class DeteriorationAlertsBenchmark {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final int NEW_RATINGS = 1_000;

    @Inject DemoProgrammeWriter writer;
    @Inject DeteriorationAlertService alerts;
    @Inject AgroalDataSource dataSource;

    @Test
    void updatesAMillionRatings() {
        // ratings up to yesterday, so that none is too young for an update
        DemoProgramme programme =
                DemoProgramme.generate(
                        20260401, DemoSize.BENCHMARK, LocalDate.now(KOLKATA).minusDays(1), KOLKATA);
        DemoLoadReport load = writer.write(programme);

        DeteriorationRun first = alerts.update();
        DeteriorationRun second = alerts.update();
        addRecentRatings(NEW_RATINGS);
        DeteriorationRun third = alerts.update();

        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "%n[benchmark] deterioration alerts over %,d providers / %,d ratings: first update"
                        + " %,d valid ratings, %,d alerts in %.2f s (%,.0f ratings/s); second"
                        + " update %,d ratings, %,d alerts in %.3f s; after %,d new ratings %,d"
                        + " ratings, %,d alerts in %.3f s; max heap %d MB%n",
                load.providers(),
                load.ratings(),
                first.processedRatings(),
                first.newAlerts(),
                first.millis() / 1e3,
                first.processedRatings() / (first.millis() / 1e3),
                second.processedRatings(),
                second.newAlerts(),
                second.millis() / 1e3,
                NEW_RATINGS,
                third.processedRatings(),
                third.newAlerts(),
                third.millis() / 1e3,
                runtime.maxMemory() >> 20);
        assertThat(first.processedRatings()).isGreaterThan(load.ratings() / 2);
        assertThat(second.processedRatings()).isZero();
        assertThat(second.newAlerts()).isZero();
        assertThat(third.processedRatings()).isEqualTo(NEW_RATINGS);
    }

    /** Copies of the latest valid ratings, given an hour ago: what arrives between two updates. */
    private void addRecentRatings(int count) {
        Instant at = Instant.now().minus(Duration.ofHours(1));
        Quarter quarter = Quarter.of(at.atZone(KOLKATA).toLocalDate());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT provider_id, channel, language, verified, overall FROM"
                                        + " rating WHERE overall IS NOT NULL AND survivor_id IS"
                                        + " NULL ORDER BY id DESC LIMIT ?")) {
            s.setInt(1, count);
            List<RatingRow> copies = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    copies.add(
                            RatingRow.of(rs.getLong(1))
                                    .channel(Channel.valueOf(rs.getString(2)))
                                    .language(rs.getString(3))
                                    .verified(rs.getBoolean(4))
                                    .at(quarter, at)
                                    .overall(rs.getInt(5)));
                }
            }
            assertThat(copies).hasSize(count);
            RatingRow.insertAll(c, copies);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
