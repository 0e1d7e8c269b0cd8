package org.survivorvoice.survivor;

import jakarta.validation.constraints.NotNull;

/** Consent per channel (SMS, IVR, web link) and for the reporting purpose. */
public record ConsentSettings(
        @NotNull Boolean sms,
        @NotNull Boolean ivr,
        @NotNull Boolean webLink,
        @NotNull Boolean reporting) {

    static ConsentSettings of(Survivor s) {
        return new ConsentSettings(
                s.consentSms, s.consentIvr, s.consentWebLink, s.consentReporting);
    }
}
