package org.survivorvoice.demo;

/**
 * One step of the programme's activity stream: an encounter with its rating, an encounter not (yet)
 * rated, or a rating without an encounter.
 *
 * @param encounter the encounter, or null for an unverified rating
 * @param rating the rating, or null for an encounter nobody rated
 */
public record DemoActivity(DemoEncounter encounter, DemoRating rating) {

    public DemoActivity {
        if (encounter == null && rating == null) {
            throw new IllegalArgumentException("an activity has an encounter, a rating or both");
        }
    }
}
