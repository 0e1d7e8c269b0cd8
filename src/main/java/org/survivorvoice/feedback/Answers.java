package org.survivorvoice.feedback;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answers on a 1-5 scale; any subset may be given. */
public record Answers(
        @Schema(nullable = true) @Min(1) @Max(5) Integer overall,
        @Schema(nullable = true) @Min(1) @Max(5) Integer dignity,
        @Schema(nullable = true) @Min(1) @Max(5) Integer listened,
        @Schema(nullable = true) @Min(1) @Max(5) Integer timeliness,
        @Schema(nullable = true) @Min(1) @Max(5) Integer outcome) {

    /** No answer at all. */
    public static final Answers NONE = new Answers(null, null, null, null, null);

    /** Whether no question was answered. */
    @JsonIgnore
    public boolean isEmpty() {
        return overall == null
                && dignity == null
                && listened == null
                && timeliness == null
                && outcome == null;
    }

    /** Whether every given answer lies on the 1-5 scale. */
    @JsonIgnore
    public boolean inRange() {
        return ok(overall) && ok(dignity) && ok(listened) && ok(timeliness) && ok(outcome);
    }

    private static boolean ok(Integer value) {
        return value == null || (value >= 1 && value <= 5);
    }
}
