package org.survivorvoice.staff.district;

import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy.Change;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.RankInterval;

/**
 * One provider on the district page, as published: whole percents, a ratings band of five, a rank
 * interval (never a point rank).
 *
 * @param code the provider code
 * @param name the provider name
 * @param ratingsBand {@code "20-24"}
 * @param score published score, whole percent
 * @param low published interval's lower end, whole percent
 * @param high published interval's upper end, whole percent
 * @param band the published band
 * @param change change of band since last quarter
 * @param unchanged true when the figures repeat an earlier quarter's (too few new ratings)
 * @param rank the rank interval among the comparison group, or null when none could be computed
 */
public record ProviderLine(
        String code,
        String name,
        String ratingsBand,
        int score,
        int low,
        int high,
        Band band,
        Change change,
        boolean unchanged,
        RankInterval rank) {

    /**
     * The page's band group: {@code above}, {@code within}, {@code below}, {@code insufficient}.
     */
    public String bandKey() {
        return DistrictPageService.bandKey(band);
    }

    /** Whole percent of a published fraction (already rounded to a percent). */
    static int percent(double fraction) {
        return (int) Math.round(DisclosurePolicy.percent(fraction) * 100);
    }
}
