package org.survivorvoice.encounter;

import jakarta.validation.constraints.NotNull;

/** A new outcome for an encounter. */
public record OutcomeChange(@NotNull EncounterOutcome outcome) {}
