package org.survivorvoice.reports.data;

import java.util.List;

/**
 * The Collectives sheet: per collective level and district (a regional or state collective: its
 * state), how many collectives worked and what their members did in the quarter. No collective,
 * member or peer leader is named; every count of survivors or ratings is rounded to five for every
 * audience, the number of collectives is exact (not a survivor figure).
 *
 * @param rows by level (site, district, regional, state), then area name; an official's edition has
 *     her district's collectives and those above them
 */
public record CollectivesSheet(List<Row> rows) {

    public CollectivesSheet {
        rows = List.copyOf(rows);
    }

    /**
     * One level in one district (or state), at published precision.
     *
     * @param level {@code SITE}, {@code DISTRICT}, {@code REGIONAL} or {@code STATE}
     * @param area the district of site and district collectives, the state above
     * @param collectives collectives active on the quarter's last day, exact
     * @param members members on the quarter's last day, rounded to five
     * @param enrolledThroughPeers survivors enrolled in the quarter through these collectives or
     *     their peer leaders, rounded to five
     * @param memberRatings valid ratings given by members in the quarter, rounded to five
     * @param membersReceived members who received an entitlement (an encounter dated in the quarter
     *     with outcome RECEIVED), rounded to five
     */
    public record Row(
            String level,
            String area,
            long collectives,
            long members,
            long enrolledThroughPeers,
            long memberRatings,
            long membersReceived) {}
}
