package org.survivorvoice.encounter;

/**
 * Fired, inside the transaction, when an encounter's outcome changes (the new one is on the
 * encounter), so outreach can invite her again when the outcome calls for it. Synchronous: the
 * encounter's answer already shows the invitation.
 */
public record EncounterOutcomeChanged(Encounter encounter) {}
