package org.survivorvoice.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the database server did, from its global statement counters ({@code SHOW GLOBAL STATUS},
 * which needs no privilege): inserts, updates, deletes, selects, explicit commits and rollbacks.
 * The difference of two readings over many requests, less the same counters over an idle stretch as
 * long, divided by the requests, is what one request costs the database; the storage ceiling is
 * counted the same way, so a path and its replay can be set side by side.
 */
final class StatementCounts {

    static final String[] COUNTERS = {
        "Com_insert", "Com_update", "Com_delete", "Com_select", "Com_commit", "Com_rollback"
    };

    private final Map<String, Long> values;

    private StatementCounts(Map<String, Long> values) {
        this.values = values;
    }

    static StatementCounts read(Connection c) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SHOW GLOBAL STATUS WHERE Variable_name IN ('"
                                        + String.join("', '", COUNTERS)
                                        + "')")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getLong(2));
            }
        }
        for (String counter : COUNTERS) {
            values.putIfAbsent(counter, 0L);
        }
        return values.isEmpty() ? null : new StatementCounts(values);
    }

    /** Per request: (this - earlier - idle) / requests, each counter. */
    Map<String, Double> perRequest(StatementCounts earlier, Map<String, Long> idle, long requests) {
        Map<String, Double> per = new LinkedHashMap<>();
        for (String counter : COUNTERS) {
            long delta = values.get(counter) - earlier.values.get(counter);
            delta -= idle.getOrDefault(counter, 0L);
            // the reading's own SHOW STATUS is no Com_select; nothing else of ours runs between
            per.put(label(counter), Math.max(0, delta) / (double) requests);
        }
        return per;
    }

    /** The raw differences to an earlier reading. */
    Map<String, Long> minus(StatementCounts earlier) {
        Map<String, Long> d = new LinkedHashMap<>();
        for (String counter : COUNTERS) {
            d.put(counter, values.get(counter) - earlier.values.get(counter));
        }
        return d;
    }

    static String label(String counter) {
        return counter.substring(4) + "s";
    }

    /** E.g. "2.0 inserts, 3.0 updates, 0.0 deletes, 7.1 selects, 2.0 commits, 0.0 rollbacks". */
    static String text(Map<String, Double> per) {
        StringBuilder s = new StringBuilder();
        per.forEach(
                (k, v) -> {
                    if (s.length() > 0) {
                        s.append(", ");
                    }
                    s.append(String.format(Locale.ROOT, "%.1f %s", v, k));
                });
        return s.toString();
    }
}
