package org.survivorvoice.encounter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A field worker logs a service encounter. */
public record NewEncounter(
        @NotNull Long survivorId,
        @NotBlank @Size(max = 12) String providerCode,
        @NotBlank @Size(max = 40) String serviceType,
        @NotNull @PastOrPresent LocalDate date,
        @NotNull EncounterOutcome outcome) {}
