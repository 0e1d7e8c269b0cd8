package org.survivorvoice.response;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider's own answers to the survivors' five questions, 1 to 5; any may be left out. */
public record SelfScores(
        @Schema(nullable = true) @Min(1) @Max(5) Integer overall,
        @Schema(nullable = true) @Min(1) @Max(5) Integer dignity,
        @Schema(nullable = true) @Min(1) @Max(5) Integer listened,
        @Schema(nullable = true) @Min(1) @Max(5) Integer timeliness,
        @Schema(nullable = true) @Min(1) @Max(5) Integer outcome) {

    /** Whether no question was answered. */
    @JsonIgnore
    public boolean isEmpty() {
        return overall == null
                && dignity == null
                && listened == null
                && timeliness == null
                && outcome == null;
    }

    static SelfScores of(SelfAssessment a) {
        return new SelfScores(a.overall, a.dignity, a.listened, a.timeliness, a.outcome);
    }
}
