package org.survivorvoice.common.error;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.survivorvoice.common.time.Quarter;

/**
 * Reads query parameters as text and converts them here, so a bad value is a 400 naming the
 * parameter rather than the 404 that JAX-RS gives for a failed conversion.
 */
public final class QueryParameters {

    private QueryParameters() {}

    /**
     * An id (of a district, an area): a whole number of 1 or more, or null when absent. Every
     * caller reads an id, which the database never gives below 1, so 0 or a negative number is a
     * mistake to name rather than a filter that matches nothing.
     */
    public static Long longValue(String name, String value) {
        Long parsed = wholeNumber(name, value);
        if (parsed != null && parsed < 1) {
            throw new InvalidInputException(name, "must be 1 or more");
        }
        return parsed;
    }

    private static Long wholeNumber(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number");
        }
    }

    /** A whole number in int range, or null when absent. */
    public static Integer intValue(String name, String value) {
        Long parsed = wholeNumber(name, value);
        if (parsed == null) {
            return null;
        }
        if (parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE) {
            throw new InvalidInputException(name, "is out of range");
        }
        return parsed.intValue();
    }

    /** A quarter written {@code 2026-Q3}, or null when absent. */
    public static Quarter quarter(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Quarter.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, e.getMessage());
        }
    }

    /** One of the enum's constants, or null when absent. */
    public static <E extends Enum<E>> E enumValue(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .collect(Collectors.joining(", "));
            throw new InvalidInputException(name, "must be one of " + allowed);
        }
    }

    /** {@code true} or {@code false}, or null when absent. */
    public static Boolean booleanValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name, "must be true or false");
        };
    }
}
