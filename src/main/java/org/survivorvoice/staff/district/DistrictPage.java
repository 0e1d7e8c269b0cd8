package org.survivorvoice.staff.district;

import java.util.List;
import org.survivorvoice.scoring.alert.AlertView;

/**
 * What the district page shows, already through the disclosure policy: figures at published
 * precision, rank intervals from published figures, no point rank.
 *
 * @param districtId the district shown
 * @param district its name
 * @param period the quarter shown, {@code 2026-Q3}
 * @param categories every scored category of the district, with its providers by band
 * @param selected the category whose charts are shown, or null when the district has none
 * @param alerts the district's internal deterioration alerts, newest first
 * @param alertsTotal how many alerts the district has in all
 */
public record DistrictPage(
        long districtId,
        String district,
        String period,
        List<CategoryBlock> categories,
        CategoryBlock selected,
        List<AlertView> alerts,
        long alertsTotal) {

    /**
     * One category of the district.
     *
     * @param code category code, {@code POLICE}
     * @param name the category's stored (English) name, used when a page has no translation
     * @param groups the band groups in page order (above, within, below, insufficient data)
     * @param listed providers listed with a band
     * @param suppressed providers held back by the suppression gate (only counted)
     * @param theta0 the comparison group's target as published
     * @param m the group's prior weight as published
     * @param compared providers past the gate in the whole comparison group (the "of" of ranks)
     */
    public record CategoryBlock(
            String code,
            String name,
            List<BandGroup> groups,
            int listed,
            long suppressed,
            Double theta0,
            double m,
            int compared) {

        /**
         * Providers listed in each band group, in page order: above, within, below, insufficient.
         */
        public List<Integer> counts() {
            return DistrictPageService.BAND_KEYS.stream()
                    .map(
                            key ->
                                    groups.stream()
                                            .filter(g -> g.key().equals(key))
                                            .mapToInt(g -> g.providers().size())
                                            .sum())
                    .toList();
        }

        /** The prior weight m to one decimal, without a trailing ".0" (20, 12.5). */
        public String priorWeight() {
            double tenths = Math.round(m * 10) / 10.0;
            return tenths == Math.rint(tenths)
                    ? Long.toString((long) tenths)
                    : Double.toString(tenths);
        }

        /** theta0 as a whole percent, or null when the group had no target. */
        public Long theta0Percent() {
            return theta0 == null ? null : Math.round(theta0 * 100);
        }
    }

    /**
     * Providers of one band group, sorted by published score.
     *
     * @param key {@code above}, {@code within}, {@code below} or {@code insufficient}: the text key
     *     and CSS class suffix
     */
    public record BandGroup(String key, List<ProviderLine> providers) {}
}
