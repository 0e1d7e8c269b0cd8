package org.survivorvoice.survivor;

/**
 * Fired, inside the transaction, when a survivor leaves the programme, so her pending outreach
 * stops now (each send checks her status again anyway). Links she already holds stay answerable
 * until they expire; the retention time counts from then.
 */
public record SurvivorExited(long survivorId) {}
