package org.survivorvoice.survivor;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Consent per channel (SMS, IVR, web link) and per purpose: her ratings counting in reports ({@code
 * reporting}) and, once a quarter, one message with how her district's services did ({@code
 * results}; optional on enrolment, where left out means no).
 */
public record ConsentSettings(
        @NotNull Boolean sms,
        @NotNull Boolean ivr,
        @NotNull Boolean webLink,
        @NotNull Boolean reporting,
        @Schema(
                        nullable = true,
                        defaultValue = "false",
                        description =
                                "Once a quarter after its release, one SMS with the share of her"
                                        + " district's ratings that were satisfied; left out: no")
                Boolean results) {

    /** Consent without the purpose {@code results}, as enrolments before it was asked. */
    public ConsentSettings(Boolean sms, Boolean ivr, Boolean webLink, Boolean reporting) {
        this(sms, ivr, webLink, reporting, false);
    }

    /** Whether she agreed to the quarterly results message (left out: no). */
    public boolean agreesToResults() {
        return Boolean.TRUE.equals(results);
    }

    static ConsentSettings of(Survivor s) {
        return new ConsentSettings(
                s.consentSms, s.consentIvr, s.consentWebLink, s.consentReporting, s.consentResults);
    }
}
