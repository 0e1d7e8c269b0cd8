package org.survivorvoice.encounter;

/**
 * Whether an encounter has been rated, answered by {@code feedback} (which alone stores ratings)
 * for the features below it. Outreach asks before it invites (an invitation closed unanswered
 * leaves no trace of a later rating) and again before every send ({@link RatingStored} closes the
 * open invitations at once, but a rating stored while another transaction creates an invitation
 * leaves that one open). Declared here so outreach depends on encounters only, not on {@code
 * feedback}, whose intake depends on outreach.
 */
public interface EncounterRatings {

    /** Whether the encounter has a rating. */
    boolean isRated(Encounter encounter);
}
