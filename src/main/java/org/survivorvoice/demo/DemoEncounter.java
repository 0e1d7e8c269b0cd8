package org.survivorvoice.demo;

import java.time.Instant;
import java.time.LocalDate;
import org.survivorvoice.encounter.EncounterOutcome;

/**
 * An encounter of the demo programme.
 *
 * @param index running number among the programme's encounters, from 0
 * @param survivorIndex position of the survivor
 * @param providerIndex position of the provider
 * @param serviceType code of the service type sought
 * @param date the day of the encounter
 * @param outcome what came of it
 * @param outcomeChangedAt when the outcome was last recorded (also the row's creation time)
 */
public record DemoEncounter(
        long index,
        int survivorIndex,
        int providerIndex,
        String serviceType,
        LocalDate date,
        EncounterOutcome outcome,
        Instant outcomeChangedAt) {}
