package org.survivorvoice.common.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q3} in the API, the database and the workbooks. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    /** How a period is written: {@code 2026-Q3}. */
    public static final String PATTERN = "^(\\d{4})-Q([1-4])$";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4");
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits");
        }
    }

    /** The quarter a date falls in. */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** Parses {@code 2026-Q3}; throws {@link IllegalArgumentException} for anything else. */
    public static Quarter parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a period looks like 2026-Q3");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** First day of the quarter. */
    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** Last day of the quarter. */
    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    /** The quarter before this one. */
    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** The quarter after this one. */
    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
