package org.survivorvoice.survivor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial consent change: fields left out keep their value. */
public record ConsentChange(
        @Schema(nullable = true) Boolean sms,
        @Schema(nullable = true) Boolean ivr,
        @Schema(nullable = true) Boolean webLink,
        @Schema(nullable = true) Boolean reporting,
        @Schema(nullable = true) Boolean results) {

    /** A change of the channels and the reporting purpose only. */
    public ConsentChange(Boolean sms, Boolean ivr, Boolean webLink, Boolean reporting) {
        this(sms, ivr, webLink, reporting, null);
    }

    /** Whether the change sets anything at all. */
    @Schema(hidden = true)
    boolean isEmpty() {
        return sms == null
                && ivr == null
                && webLink == null
                && reporting == null
                && results == null;
    }
}
