package org.survivorvoice.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code request_window} table directly, to show what it holds. */
public final class RequestWindowRows {

    private RequestWindowRows() {}

    /** The stored keys of every window of the purpose. */
    public static List<byte[]> keysOf(String purpose) {
        try (Connection c = SecondReplica.database().getConnection();
                PreparedStatement select =
                        c.prepareStatement(
                                "SELECT key_hash FROM request_window WHERE purpose = ?")) {
            select.setString(1, purpose);
            List<byte[]> keys = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getBytes(1));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many windows are stored. */
    public static int count() {
        try (Connection c = SecondReplica.database().getConnection();
                PreparedStatement select =
                        c.prepareStatement("SELECT COUNT(*) FROM request_window");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
