package org.survivorvoice.encounter;

/**
 * Fired, inside the transaction, when an encounter is logged, so outreach can invite her to rate
 * it. Synchronous: the encounter's answer already shows the invitation.
 */
public record EncounterLogged(Encounter encounter) {}
