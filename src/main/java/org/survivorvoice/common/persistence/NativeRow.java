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
 * <p>The cells' Java types depend on the SQL, not on the column alone. Through the MySQL driver the
 * embedded MariaDB gives {@code Long} for {@code COUNT(*)} and {@code BIGINT}, {@code Integer} for
 * {@code INT} and a {@code CASE} of small literals, {@code BigDecimal} for {@code SUM} and {@code
 * AVG}, {@code Double} for {@code DOUBLE}, {@code Boolean} for a {@code BOOLEAN} column and {@code
 * Timestamp} for a {@code DATETIME}. So the accessors take any {@link Number}. Hibernate's own
 * mappings do not convert: {@code Tuple.get(1, Long.class)} on a {@code SUM} throws a {@code
 * ClassCastException}, and a record as the result class of {@code createNativeQuery} fails with
 * "argument type mismatch" when a {@code long} component meets a {@code BigDecimal} (both tried on
 * the embedded MariaDB); declaring each scalar's type instead would repeat every select list in
 * Java.
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
        return cells[column] == null ? 0 : longValue(column);
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
        return cells[column] == null ? null : doubleValue(column);
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
     * A {@code DATETIME} as an instant. Timestamps are stored as UTC wall-clock times ({@code
     * quarkus.hibernate-orm.jdbc.timezone=UTC}). Hibernate reads a native query's {@code Timestamp}
     * in UTC too, so it already is the stored instant; its {@code toLocalDateTime} would show it in
     * the JVM's default zone (20:15 stored reads 01:45 the next day under {@code
     * -Duser.timezone=Asia/Kolkata}: {@code NativeRowZoneTest}). A bare wall clock is taken as UTC.
     */
    public Instant instant(int column) {
        Object value = Objects.requireNonNull(cells[column], () -> "column " + column + " is null");
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime wallClock) {
            return wallClock.toInstant(ZoneOffset.UTC);
        }
        throw new ClassCastException(
                "column " + column + " holds a " + value.getClass().getName() + ", not a DATETIME");
    }

    /** A {@code DATETIME} as an instant ({@link #instant}), null for {@code NULL}. */
    public Instant nullableInstant(int column) {
        return cells[column] == null ? null : instant(column);
    }

    private Number number(int column) {
        return (Number)
                Objects.requireNonNull(cells[column], () -> "column " + column + " is null");
    }
}
