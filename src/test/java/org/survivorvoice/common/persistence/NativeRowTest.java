package org.survivorvoice.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells as the MySQL driver gives them from MariaDB, read into the types records want. */
class NativeRowTest {

    @Test
    void readsWholeNumbersOfEveryNumericType() {
        NativeRow row =
                NativeRow.of(
                        new Object[] {
                            7L, BigInteger.valueOf(8), new BigDecimal("9"), 10, (byte) 11
                        });

        assertThat(row.longValue(0)).isEqualTo(7L);
        assertThat(row.longValue(1)).isEqualTo(8L);
        assertThat(row.longValue(2)).isEqualTo(9L);
        assertThat(row.intValue(3)).isEqualTo(10);
        assertThat(row.intValue(4)).isEqualTo(11);
    }

    @Test
    void readsDecimalsAsDoubles() {
        NativeRow row = NativeRow.of(new Object[] {new BigDecimal("3.7500"), 2L, null});

        assertThat(row.doubleValue(0)).isEqualTo(3.75);
        assertThat(row.doubleValue(1)).isEqualTo(2.0);
        assertThat(row.nullableDouble(0)).isEqualTo(3.75);
        assertThat(row.nullableDouble(2)).isNull();
    }

    @Test
    void nullIsZeroOnlyWhereAsked() {
        NativeRow row = NativeRow.of(new Object[] {null});

        assertThat(row.longOrZero(0)).isZero();
        assertThatThrownBy(() -> row.longValue(0))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("column 0 is null");
        assertThatThrownBy(() -> row.doubleValue(0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> row.bool(0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> row.instant(0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void readsTruthFromBooleansAndNumbers() {
        NativeRow row =
                NativeRow.of(new Object[] {true, false, (byte) 1, (byte) 0, 1, 0L, BigInteger.TWO});

        assertThat(row.bool(0)).isTrue();
        assertThat(row.bool(1)).isFalse();
        assertThat(row.bool(2)).isTrue();
        assertThat(row.bool(3)).isFalse();
        assertThat(row.bool(4)).isTrue();
        assertThat(row.bool(5)).isFalse();
        assertThat(row.bool(6)).isTrue();
    }

    @Test
    void readsTimestampsAsInstantsAndWallClocksAsUtc() {
        LocalDateTime wallClock = LocalDateTime.of(2026, 3, 31, 23, 30);
        NativeRow row =
                NativeRow.of(
                        new Object[] {
                            Timestamp.from(Instant.parse("2026-03-31T23:30:00Z")), wallClock, "x"
                        });

        Instant expected = Instant.parse("2026-03-31T23:30:00Z");
        assertThat(row.instant(0)).isEqualTo(expected);
        assertThat(row.instant(1)).isEqualTo(expected);
        assertThatThrownBy(() -> row.instant(2)).isInstanceOf(ClassCastException.class);
    }

    @Test
    void readsTextAndNull() {
        NativeRow row = NativeRow.of(new Object[] {"PK-42", null});

        assertThat(row.string(0)).isEqualTo("PK-42");
        assertThat(row.string(1)).isNull();
    }

    @Test
    void aSingleColumnResultIsARowOfOneCell() {
        assertThat(NativeRow.of(5L).longValue(0)).isEqualTo(5L);
        assertThat(NativeRow.of(new BigDecimal("12")).longValue(0)).isEqualTo(12L);
        assertThat(NativeRow.of("DISTRICT").string(0)).isEqualTo("DISTRICT");
    }

    @Test
    void readsEveryRowOfAQuery() {
        Query rows = query(List.of(new Object[] {1L, "a"}, new Object[] {2L, "b"}));
        Query ids = query(List.of(3L, BigInteger.valueOf(4)));
        Query names = query(List.of("Pune", "Thane"));

        assertThat(NativeRow.list(rows)).extracting(r -> r.string(1)).containsExactly("a", "b");
        assertThat(NativeRow.longs(ids)).containsExactly(3L, 4L);
        assertThat(NativeRow.strings(names)).containsExactly("Pune", "Thane");
        assertThat(NativeRow.single(query(List.of(new BigDecimal("6")))).longValue(0))
                .isEqualTo(6L);
    }

    /** A query that answers only with the given result list. */
    private static Query query(List<?> results) {
        return (Query)
                Proxy.newProxyInstance(
                        Query.class.getClassLoader(),
                        new Class<?>[] {Query.class},
                        (proxy, method, args) ->
                                switch (method.getName()) {
                                    case "getResultList" -> results;
                                    case "getSingleResult" -> results.get(0);
                                    default ->
                                            throw new UnsupportedOperationException(
                                                    method.getName());
                                });
    }
}
