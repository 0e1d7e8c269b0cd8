package org.survivorvoice.demo;

/**
 * One step of the programme's activity stream: an encounter with its rating, an encounter not (yet)
 * rated, or a rating without an encounter; an encounter comes with the invitation to rate it.
 *
 * @param encounter the encounter, or null for an unverified rating
 * @param rating the rating, or null for an encounter nobody rated
 * @param invitation the encounter's invitation to rate it, or null when it has none (no encounter,
 *     or one logged too late for the invitation to go out before today)
 */
public record DemoActivity(DemoEncounter encounter, DemoRating rating, DemoInvitation invitation) {

    public DemoActivity {
        if (encounter == null && rating == null) {
            throw new IllegalArgumentException("an activity has an encounter, a rating or both");
        }
        if (invitation != null
                && (encounter == null || invitation.encounterIndex() != encounter.index())) {
            throw new IllegalArgumentException("an invitation belongs to the activity's encounter");
        }
    }
}
