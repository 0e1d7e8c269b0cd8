package org.survivorvoice.common.persistence;

import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One row of a native SQL result, read by column index (0-based, in select-list order) into the
 * Java type a record wants: the one place where the {@code *Queries} classes turn result cells into
 * values.
 *
 * <p>The cells' Java types depend on the SQL, not on the column alone: through the MySQL driver
 * MariaDB gives {@code Long} for {@code COUNT} and ids, {@code BigDecimal} for {@code SUM}, {@code
 * AVG} and decimal columns, {@code Integer} for a {@code CASE} of small literals, {@code Boolean}
 * for a {@code BOOLEAN} column and {@code Timestamp} for a {@code DATETIME}. So the accessors take
 * any {@link Number}. Hibernate's own mappings do not help here: {@code Tuple.get(i, Long.class)}
 * and result-class constructors check the type rather than convert it, and declaring each scalar's
 * type would repeat every select list in Java.
 *
 * <p>The strict accessors fail on a SQL {@code NULL} as the casts they replace did; {@link
 * #longOrZero} and {@link #nullableDouble} are for columns that may be null.
 */
public final class NativeRow {

    private final Object[] cells;

    private NativeRow(Object[] cells) {
        this.cells = cells;
    }

    /** Every row of the query's result. */
    public static List<NativeRow> list(Query query) {
        return ((List<?>) query.getResultList()).stream().map(NativeRow::of).toList();
    }

    /** The query's one row (as {@link Query#getSingleResult}: exactly one, or it throws). */
    public static NativeRow single(Query query) {
        return of(query.getSingleResult());
    }

    /** The first column of every row, as {@code long}: ids and the like. */
    public static List<Long> longs(Query query) {
        return list(query).stream().map(row -> row.longValue(0)).toList();
    }

    /** The first column of every row, as text: names and codes. */
    public static List<String> strings(Query query) {
        return list(query).stream().map(row -> row.string(0)).toList();
    }

    /**
     * A result element as a row: JPA gives an {@code Object[]} for a select list of several columns
     * and the bare value for one.
     */
    static NativeRow of(Object result) {
        return new NativeRow(result instanceof Object[] cells ? cells : new Object[] {result});
    }

    /** A whole number. */
    public long longValue(int column) {
        return number(column).longValue();
    }

    /** A whole number, 0 for {@code NULL}. */
    public long longOrZero(int column) {
        Object value = cells[column];
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A whole number in the {@code int} range. */
    public int intValue(int column) {
        return number(column).intValue();
    }

    /** A number as a double. */
    public double doubleValue(int column) {
        return number(column).doubleValue();
    }

    /** A number as a double, null for {@code NULL}. */
    public Double nullableDouble(int column) {
        Object value = cells[column];
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** A truth value: a {@code BOOLEAN} column, or a number that is true when not 0. */
    public boolean bool(int column) {
        return cells[column] instanceof Boolean b ? b : number(column).intValue() != 0;
    }

    /** A text, null for {@code NULL}. */
    public String string(int column) {
        return (String) cells[column];
    }

    /**
     * A {@code DATETIME}, read as UTC wall-clock time: timestamps are stored that way ({@code
     * quarkus.hibernate-orm.jdbc.timezone=UTC}).
     */
    public Instant instant(int column) {
        Object value = Objects.requireNonNull(cells[column], () -> "column " + column + " is null");
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime wallClock) {
            return wallClock.toInstant(ZoneOffset.UTC);
        }
        throw new ClassCastException(
                "column " + column + " holds a " + value.getClass().getName() + ", not a DATETIME");
    }

    private Number number(int column) {
        return (Number)
                Objects.requireNonNull(cells[column], () -> "column " + column + " is null");
    }
}
