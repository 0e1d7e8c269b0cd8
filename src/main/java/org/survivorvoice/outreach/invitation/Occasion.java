package org.survivorvoice.outreach.invitation;

import org.survivorvoice.encounter.EncounterOutcome;

/** What prompted an invitation; an encounter gets at most one invitation per occasion. */
public enum Occasion {
    /** The encounter was logged. */
    LOGGED,
    /** Its outcome changed to RECEIVED. */
    RECEIVED,
    /** Its outcome changed to DENIED. */
    DENIED;

    /** The occasion of an outcome change, or null when that outcome prompts no invitation. */
    public static Occasion ofOutcome(EncounterOutcome outcome) {
        return switch (outcome) {
            case RECEIVED -> RECEIVED;
            case DENIED -> DENIED;
            case PENDING -> null;
        };
    }
}
