package org.survivorvoice.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid field: its JSON path (or column) and a message in plain words; {@code row} only for
 * uploaded files, the 1-based row of the file the field is in (the header is row 1).
 */
public record Violation(
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer row, String field, String message) {

    /** A field of a JSON body or a query parameter: no row. */
    public Violation(String field, String message) {
        this(null, field, message);
    }
}
