package org.survivorvoice.survivor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Enrolment of a survivor by a field worker. The phone is never returned by any endpoint. */
public record NewSurvivor(
        @NotBlank @Size(max = 32) String phone,
        @NotNull @Pattern(regexp = "en|hi|bn|te", message = "must be en, hi, bn or te")
                String language,
        @NotNull Long areaId,
        @NotNull @Valid ConsentSettings consent,
        @Schema(nullable = true) @Valid SafeHours safeHours,
        @Schema(nullable = true) @Pattern(regexp = "[0-9]{4}", message = "must be four digits")
                String ivrPin,
        @Schema(
                        nullable = true,
                        description =
                                "The collective and/or peer leader through which she was"
                                        + " identified")
                IdentifiedThrough identifiedThrough) {

    /** An enrolment without "identified through". */
    public NewSurvivor(
            String phone,
            String language,
            Long areaId,
            ConsentSettings consent,
            SafeHours safeHours,
            String ivrPin) {
        this(phone, language, areaId, consent, safeHours, ivrPin, null);
    }

    @Override
    public String toString() {
        return "NewSurvivor[language=" + language + ", areaId=" + areaId + "]";
    }
}
