package org.survivorvoice.reports.data;

import jakarta.persistence.Query;
import java.util.List;

/** Column conversions of native query results, shared by the workbook's query classes. */
final class NativeRows {

    private NativeRows() {}

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static double decimal(Object value) {
        return ((Number) value).doubleValue();
    }

    static Double nullableDecimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
