package org.survivorvoice.safetydesk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one owner of the safety desk's MIS figures: from the timelines of the cases opened in a
 * quarter, per district, how many opened, the share reached within the deadline, the median hours
 * to the first contact and how they stood, all as of an instant, so a workbook regenerated later
 * says the same. "Within the deadline" is {@link CaseDeadline}'s rule. Exact: the disclosure policy
 * of each output rounds and gates them. Pure: no CDI, no database.
 */
public final class CaseFigures {

    private static final double SECONDS_PER_HOUR = 3600.0;

    private CaseFigures() {}

    /**
     * The figures of every district with a case opened by the instant, ordered by district id, the
     * cases of no known district last.
     *
     * @param cases the cases opened in the quarter
     * @param asOf the instant the figures stand at
     */
    public static List<DistrictCaseFigures> of(List<CaseTimeline> cases, Instant asOf) {
        Map<Long, District> districts =
                new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (CaseTimeline c : cases) {
            if (!c.openedAt().isAfter(asOf)) {
                districts.computeIfAbsent(c.districtId(), d -> new District()).add(c, asOf);
            }
        }
        List<DistrictCaseFigures> figures = new ArrayList<>();
        districts.forEach((id, d) -> figures.add(d.figures(id)));
        return figures;
    }

    /**
     * The figures of every provider named by a case opened by the instant, ordered by provider
     * code: the same rules as the district figures, and how many of its cases asked for money.
     *
     * @param cases the cases opened in the quarter that named a provider
     * @param asOf the instant the figures stand at
     */
    public static List<ProviderCaseFigures> ofProviders(
            List<ProviderCaseTimeline> cases, Instant asOf) {
        Map<String, District> tallies = new TreeMap<>();
        Map<String, ProviderCaseTimeline> providers = new TreeMap<>();
        Map<String, Long> moneyAsked = new TreeMap<>();
        for (ProviderCaseTimeline c : cases) {
            if (!c.timeline().openedAt().isAfter(asOf)) {
                String code = c.providerCode();
                providers.putIfAbsent(code, c);
                tallies.computeIfAbsent(code, p -> new District()).add(c.timeline(), asOf);
                moneyAsked.merge(code, c.moneyAsked() ? 1L : 0L, Long::sum);
            }
        }
        List<ProviderCaseFigures> figures = new ArrayList<>();
        tallies.forEach(
                (code, t) -> {
                    ProviderCaseTimeline p = providers.get(code);
                    figures.add(
                            new ProviderCaseFigures(
                                    code,
                                    p.providerName(),
                                    p.categoryCode(),
                                    p.providerDistrictId(),
                                    t.opened,
                                    moneyAsked.get(code),
                                    t.settled,
                                    t.inTime,
                                    t.hours.size(),
                                    median(t.hours)));
                });
        return figures;
    }

    /** The hours from opening to the first contact, to the second. */
    public static double hoursToContact(Instant openedAt, Instant contactedAt) {
        return Duration.between(openedAt, contactedAt).toSeconds() / SECONDS_PER_HOUR;
    }

    /** The median; null for none. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(mid)
                : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }

    /** The running counts of one district (or of one provider). */
    private static final class District {
        private final List<Double> hours = new ArrayList<>();
        private final Map<CaseOutcome, Long> closed = new EnumMap<>(CaseOutcome.class);
        private long opened;
        private long settled;
        private long inTime;
        private long stillOpen;

        void add(CaseTimeline c, Instant asOf) {
            opened++;
            Instant contacted = c.contactedAsOf(asOf);
            if (c.deadlineSettledAsOf(asOf)) {
                settled++;
                if (CaseDeadline.contactedInTime(contacted, c.deadlineAt())) {
                    inTime++;
                }
            }
            if (contacted != null) {
                hours.add(hoursToContact(c.openedAt(), contacted));
            }
            CaseOutcome outcome = c.outcomeAsOf(asOf);
            if (outcome == null) {
                stillOpen++;
            } else {
                closed.merge(outcome, 1L, Long::sum);
            }
        }

        DistrictCaseFigures figures(Long id) {
            return new DistrictCaseFigures(
                    id, opened, settled, inTime, hours.size(), median(hours), closed, stillOpen);
        }
    }
}
