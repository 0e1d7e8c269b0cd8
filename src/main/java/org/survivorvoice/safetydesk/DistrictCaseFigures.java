package org.survivorvoice.safetydesk;

import java.util.EnumMap;
import java.util.Map;

/**
 * One district's exact safety-desk figures of a quarter as of an instant ({@link CaseFigures}).
 * Exact, so never shown as they are: every output rounds and gates them through the disclosure
 * policy of its audience.
 *
 * @param districtId the district; null for the cases whose district is not known
 * @param opened cases opened in the quarter (by the instant)
 * @param settled of them, those whose deadline question is settled: contacted by the instant, or
 *     past their deadline without a contact ({@link CaseTimeline#deadlineSettledAsOf})
 * @param contactedInTime of the settled ones, those first contacted within their deadline ({@link
 *     CaseDeadline#contactedInTime})
 * @param contacted cases contacted by the instant: the cases behind the median
 * @param medianHoursToContact median hours from opening to the first contact; null when none
 * @param closed cases closed by the instant, per outcome (every outcome present, zero or more)
 * @param stillOpen cases not closed by the instant (OPEN or CONTACTED then)
 */
public record DistrictCaseFigures(
        Long districtId,
        long opened,
        long settled,
        long contactedInTime,
        long contacted,
        Double medianHoursToContact,
        Map<CaseOutcome, Long> closed,
        long stillOpen) {

    public DistrictCaseFigures {
        Map<CaseOutcome, Long> all = new EnumMap<>(CaseOutcome.class);
        for (CaseOutcome outcome : CaseOutcome.values()) {
            all.put(outcome, closed.getOrDefault(outcome, 0L));
        }
        closed = Map.copyOf(all);
    }

    /** The cases closed by the instant with this outcome. */
    public long closedWith(CaseOutcome outcome) {
        return closed.get(outcome);
    }
}
