package org.survivorvoice.reports.data;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.Pillar;
import org.survivorvoice.reports.data.OutcomeQueries.EncounterThen;
import org.survivorvoice.reports.data.OutcomeQueries.TypeLabel;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;

/**
 * The Outcomes sheet of one edition, as the programmes count entitlements: per district, pillar and
 * service type, the distinct survivors with an encounter of the type dated in the quarter whose
 * outcome was RECEIVED, PENDING or DENIED, and the median days from her first encounter of the type
 * to the change to RECEIVED. A pillar's subtotal counts distinct survivors over its types, so a
 * woman who got both a ration card and a bank account is one survivor there, not two.
 *
 * <p>Outcomes are read as they stood when the quarter was released (the release delay after its
 * end), or at the generation for a quarter not yet released: field workers log and update outcomes
 * late, and the delay gives them the same time it gives the ratings, while a regenerated workbook
 * of a released quarter says the same ({@link OutcomeQueries}). Every count is a survivor count
 * rounded to five ({@link DisclosurePolicy#roundedTotal}); a median needs at least the disclosure
 * threshold of survivors behind it.
 */
final class OutcomeSection {

    private final Edition edition;
    private final OutcomeQueries queries;
    private final Instant now;
    private final ZoneId zone;
    private final Duration releaseDelay;

    OutcomeSection(
            Edition edition,
            OutcomeQueries queries,
            Instant now,
            ZoneId zone,
            Duration releaseDelay) {
        this.edition = edition;
        this.queries = queries;
        this.now = now;
        this.zone = zone;
        this.releaseDelay = releaseDelay;
    }

    /** The instant outcomes are read at: the quarter's release, or now if that is still to come. */
    static Instant asOf(Quarter period, Instant now, ZoneId zone, Duration releaseDelay) {
        Instant release = ReleaseCalendar.releaseOf(period, zone, releaseDelay);
        return now.isBefore(release) ? now : release;
    }

    ReportData.Outcomes outcomes() {
        Instant asOf = asOf(edition.period, now, zone, releaseDelay);
        Map<Long, String> districts = queries.districtNames();
        Map<Long, TypeLabel> types = queries.serviceTypes();
        Tally tally = new Tally(zone);
        queries.encounters(
                edition.period,
                edition.district,
                asOf,
                o -> tally.add(districts.get(o.districtId()), types.get(o.serviceTypeId()), o));
        return tally.publish(edition.minCell, asOf.equals(now));
    }

    /** The survivors of one row, exactly; published by {@link Tally#publish}. */
    private static final class Cell {
        final Set<Long> received = new HashSet<>();
        final Set<Long> pending = new HashSet<>();
        final Set<Long> denied = new HashSet<>();

        /** Per survivor with a receipt: days from her first encounter of the type to it. */
        final Map<Long, Long> daysToReceipt = new HashMap<>();

        void add(EncounterThen o, ZoneId zone) {
            if (o.received()) {
                received.add(o.survivorId());
                LocalDate on = LocalDate.ofInstant(o.firstReceipt(), zone);
                long days = Math.max(0, ChronoUnit.DAYS.between(o.firstEncounter(), on));
                daysToReceipt.merge(o.survivorId(), days, Math::min);
            }
            if (o.pending()) {
                pending.add(o.survivorId());
            }
            if (o.denied()) {
                denied.add(o.survivorId());
            }
        }
    }

    /**
     * The sheet's rows as the survivor outcomes stream in: districts by name, pillars in their
     * order, within a pillar its subtotal first and then its service types by name.
     */
    static final class Tally {
        private final ZoneId zone;
        private final Map<String, Map<Pillar, Map<String, Cell>>> byDistrict = new TreeMap<>();
        private final Map<String, Map<Pillar, Cell>> subtotals = new TreeMap<>();

        Tally(ZoneId zone) {
            this.zone = zone;
        }

        void add(String district, TypeLabel type, EncounterThen o) {
            byDistrict
                    .computeIfAbsent(district, d -> new TreeMap<>())
                    .computeIfAbsent(type.pillar(), p -> new TreeMap<>())
                    .computeIfAbsent(type.name(), t -> new Cell())
                    .add(o, zone);
            subtotals
                    .computeIfAbsent(district, d -> new TreeMap<>())
                    .computeIfAbsent(type.pillar(), p -> new Cell())
                    .add(o, zone);
        }

        ReportData.Outcomes publish(int minSurvivors, boolean asOfGeneration) {
            List<ReportData.OutcomeRow> rows = new ArrayList<>();
            byDistrict.forEach(
                    (district, pillars) ->
                            pillars.forEach(
                                    (pillar, types) -> {
                                        Cell total = subtotals.get(district).get(pillar);
                                        rows.add(row(district, pillar, null, total, null));
                                        types.forEach(
                                                (type, cell) ->
                                                        rows.add(
                                                                row(
                                                                        district,
                                                                        pillar,
                                                                        type,
                                                                        cell,
                                                                        median(cell, minSurvivors)
                                                                                .orElse(null))));
                                    }));
            return new ReportData.Outcomes(asOfGeneration, rows);
        }
    }

    private static ReportData.OutcomeRow row(
            String district, Pillar pillar, String type, Cell cell, Double median) {
        return new ReportData.OutcomeRow(
                district,
                pillar,
                type,
                DisclosurePolicy.roundedTotal(cell.received.size()),
                DisclosurePolicy.roundedTotal(cell.pending.size()),
                DisclosurePolicy.roundedTotal(cell.denied.size()),
                median);
    }

    /** The median of the survivors' days to receipt; empty with fewer survivors than the gate. */
    private static Optional<Double> median(Cell cell, int minSurvivors) {
        List<Long> days =
                cell.daysToReceipt.values().stream().sorted(Comparator.naturalOrder()).toList();
        if (days.size() < minSurvivors || days.isEmpty()) {
            return Optional.empty();
        }
        int n = days.size();
        return Optional.of((days.get((n - 1) / 2) + days.get(n / 2)) / 2.0);
    }
}
