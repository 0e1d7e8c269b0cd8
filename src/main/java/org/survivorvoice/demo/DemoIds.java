package org.survivorvoice.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Database ids of a demo load: each table's rows get the ids after the highest one already there,
 * in the programme's order. Allocating them up front spares reading generated keys back for a
 * million rows and lets ratings name their encounters before either is written. The load must not
 * run beside other writers of these tables (it runs at dev start-up and in tests and benchmarks).
 */
record DemoIds(
        long areaBase, long providerBase, long survivorBase, long encounterBase, long ratingBase) {

    /** Reads the highest id of every table the load writes. */
    static DemoIds after(Connection connection) throws SQLException {
        return new DemoIds(
                max(connection, "area"),
                max(connection, "provider"),
                max(connection, "survivor"),
                max(connection, "encounter"),
                max(connection, "rating"));
    }

    long area(int index) {
        return areaBase + index + 1;
    }

    long provider(int index) {
        return providerBase + index + 1;
    }

    long survivor(int index) {
        return survivorBase + index + 1;
    }

    long encounter(long index) {
        return encounterBase + index + 1;
    }

    long rating(long index) {
        return ratingBase + index + 1;
    }

    private static long max(Connection connection, String table) throws SQLException {
        // the table names are constants of this class, never input
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
