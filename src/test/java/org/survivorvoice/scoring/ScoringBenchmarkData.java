package org.survivorvoice.scoring;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.survivorvoice.common.time.Quarter;

/**
 * Read-only look-ups {@link ScoringBenchmark} needs about the loaded programme: how many ratings a
 * window holds, and which district and category are the largest (the worst case for an official's
 * page and a category filter).
 */
@ApplicationScoped
class ScoringBenchmarkData {

    private final AgroalDataSource dataSource;

    ScoringBenchmarkData(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Ratings with an overall answer in the quarters. */
    long ratingsIn(List<Quarter> quarters) {
        String marks = String.join(", ", quarters.stream().map(q -> "?").toList());
        return single(
                "SELECT COUNT(*) FROM rating WHERE overall IS NOT NULL AND period IN ("
                        + marks
                        + ")",
                quarters.stream().map(Quarter::toString).toArray());
    }

    /** Id of the district with the most scored providers in the period. */
    long busiestDistrict(Quarter period) {
        return single(
                "SELECT district_id FROM score_snapshot WHERE period = ? GROUP BY district_id"
                        + " ORDER BY COUNT(*) DESC, district_id LIMIT 1",
                period.toString());
    }

    /** Code of the category with the most scored providers in the period. */
    String largestCategory(Quarter period) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT c.code FROM score_snapshot s JOIN provider_category c"
                                        + " ON c.id = s.category_id WHERE s.period = ?"
                                        + " GROUP BY c.code ORDER BY COUNT(*) DESC, c.code"
                                        + " LIMIT 1")) {
            s.setString(1, period.toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long single(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
