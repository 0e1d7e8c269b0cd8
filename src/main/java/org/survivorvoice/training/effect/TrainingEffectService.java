package org.survivorvoice.training.effect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;
import org.survivorvoice.training.TrainingWindow;
import org.survivorvoice.training.effect.GateVerdict.CellName;
import org.survivorvoice.training.effect.TrainingEffectQueries.AttendanceRow;
import org.survivorvoice.training.effect.TrainingEffectQueries.EventRow;
import org.survivorvoice.training.effect.TrainingEffectQueries.RatingGroup;

/**
 * The training effect of an event (issue 18): reads the event, its attending providers, the
 * untrained providers of the same categories and comparison areas and their valid ratings, runs the
 * {@link TrainingEffectCalculator} and publishes the result ({@link PublishedEffect}). Officials
 * see an event only when an attending provider is in their district (else 404, as if it did not
 * exist); the workbook asks for the events whose after quarters ended in its last eight quarters.
 */
@ApplicationScoped
public class TrainingEffectService {

    /** Quarters of the workbook's Training sheet, ending with the reported one. */
    public static final int SHEET_QUARTERS = 8;

    private static final Map<String, String> PLURALS =
            Map.of(
                    "POLICE", "police stations",
                    "PANCHAYAT", "gram panchayats",
                    "BLOCK_OFFICE", "block offices",
                    "HOSPITAL", "hospitals",
                    "HEALTH_WORKER", "health workers",
                    "SOCIAL_WORKER", "social workers",
                    "LEGAL_AID", "legal-aid providers",
                    "CHILD_WELFARE_COMMITTEE", "child welfare committees");

    private final TrainingEffectQueries queries;
    private final TrainingEffectConfig config;
    private final ScoringConfig scoring;
    private final StaffContext staff;
    private final ProgrammeCalendar calendar;
    private final ReleaseCalendar releases;

    public TrainingEffectService(
            TrainingEffectQueries queries,
            TrainingEffectConfig config,
            ScoringConfig scoring,
            StaffContext staff,
            ProgrammeCalendar calendar,
            ReleaseCalendar releases) {
        this.releases = releases;
        this.queries = queries;
        this.config = config;
        this.scoring = scoring;
        this.staff = staff;
        this.calendar = calendar;
    }

    /** The caller's view of the event's effect; 404 for an unknown event or another district's. */
    @Transactional
    public TrainingEffectView effect(long eventId) {
        EventRow event =
                queries.event(eventId).orElseThrow(() -> new NotFoundException("Training event"));
        List<AttendanceRow> attendance = queries.attendance(eventId);
        Optional<Long> scope = staff.districtScope();
        if (scope.isPresent()
                && attendance.stream().noneMatch(a -> a.districtId() == scope.get())) {
            throw new NotFoundException("Training event");
        }
        // admins see the quarters so far (the running one too); officials and funders only the
        // released ones, as everywhere else (design/REPORTS.md: a quarter after its release delay)
        Quarter seenThrough =
                staff.hasRole(Roles.ADMIN) ? calendar.currentQuarter() : releases.latestReleased();
        Quarter complete =
                staff.hasRole(Roles.ADMIN) ? calendar.currentQuarter().previous() : seenThrough;
        return view(event, attendance, seenThrough, complete);
    }

    /**
     * The effects of the events whose after quarters ended in the {@value #SHEET_QUARTERS} quarters
     * ending with the period, oldest first; with a district, only the events with an attending
     * provider in it. No caller check: the workbook's edition decides the district.
     */
    @Transactional
    public List<TrainingEffectView> endedIn(Quarter period, Optional<Long> district) {
        Quarter firstEnd = period;
        for (int i = 1; i < SHEET_QUARTERS; i++) {
            firstEnd = firstEnd.previous();
        }
        LocalDate from = TrainingWindow.heldWhenAfterEnds(firstEnd).start();
        LocalDate to = TrainingWindow.heldWhenAfterEnds(period).end();
        List<TrainingEffectView> views = new ArrayList<>();
        for (EventRow event : queries.heldBetween(from, to, district)) {
            views.add(view(event, queries.attendance(event.id()), period, period));
        }
        return views;
    }

    /** The calculator's parameters from the configuration. */
    EffectParameters parameters() {
        return new EffectParameters(
                scoring.minRatings(),
                scoring.minDistinctRaters(),
                config.minTrainedProviders(),
                config.bootstrapReplicates(),
                config.intervalLevel());
    }

    /**
     * The event's effect over its quarters up to {@code seenThrough} (later ones count as having no
     * ratings yet); provisional unless its last quarter is within {@code complete}.
     */
    private TrainingEffectView view(
            EventRow event, List<AttendanceRow> attendance, Quarter seenThrough, Quarter complete) {
        TrainingWindow quarters = TrainingWindow.heldOn(event.heldOn());
        Set<String> categories = new TreeSet<>();
        Set<Long> states = new HashSet<>();
        Set<Long> trained = new HashSet<>();
        long staffTrained = 0;
        for (AttendanceRow a : attendance) {
            categories.add(a.category());
            states.add(a.stateId());
            trained.add(a.providerId());
            staffTrained += a.staffCount();
        }
        List<Long> untrained =
                attendance.isEmpty()
                        ? List.of()
                        : queries.untrained(categories, states, quarters.lastDay());
        List<Long> all = new ArrayList<>(trained);
        all.addAll(untrained);
        List<ProviderRatings> providers =
                providerRatings(
                        trained,
                        all,
                        queries.ratings(
                                all,
                                quarters.compared().stream()
                                        .filter(q -> q.compareTo(seenThrough) <= 0)
                                        .map(Quarter::toString)
                                        .toList(),
                                scoring.satisfiedMinOverall(),
                                scoring.verifiedOnly()),
                        quarters);
        EffectEstimate estimate =
                TrainingEffectCalculator.estimate(
                        providers, parameters(), TrainingEffectCalculator.seedOf(event.id()));
        PublishedEffect published =
                PublishedEffect.of(estimate, scoring.minRatings(), trainedWords(categories));
        List<TrainingEffectView.Cell> cells = new ArrayList<>();
        for (PublishedEffect.Cell c : published.cells()) {
            CellName name = c.name();
            cells.add(
                    new TrainingEffectView.Cell(
                            name.name(),
                            name == CellName.TRAINED_BEFORE || name == CellName.TRAINED_AFTER,
                            name == CellName.TRAINED_BEFORE || name == CellName.UNTRAINED_BEFORE
                                    ? Phase.BEFORE.name()
                                    : Phase.AFTER.name(),
                            c.ratings(),
                            c.share()));
        }
        return new TrainingEffectView(
                new TrainingEffectView.Event(
                        event.id(),
                        quarters.training().toString(),
                        event.topic(),
                        event.organiser(),
                        event.pillar(),
                        List.copyOf(categories),
                        attendance.size(),
                        staffTrained),
                new TrainingEffectView.Quarters(
                        quarters.training().toString(),
                        quarters.before().stream().map(Quarter::toString).toList(),
                        quarters.after().stream().map(Quarter::toString).toList()),
                cells,
                untrained.size(),
                published.shown(),
                published.effectPoints(),
                new TrainingEffectView.EffectInterval(
                        published.lowPoints(), published.highPoints()),
                published.missing(),
                published.statement(),
                published.caveat(),
                !quarters.endedBy(complete));
    }

    private static List<ProviderRatings> providerRatings(
            Set<Long> trained,
            List<Long> providers,
            List<RatingGroup> groups,
            TrainingWindow quarters) {
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, List<Set<String>>> raters = new HashMap<>();
        for (RatingGroup g : groups) {
            Phase phase = Phase.of(quarters, g.period());
            int p = phase.ordinal();
            long[] c = counts.computeIfAbsent(g.providerId(), k -> new long[4]);
            c[2 * p] += g.n();
            c[2 * p + 1] += g.x();
            raters.computeIfAbsent(g.providerId(), k -> List.of(new HashSet<>(), new HashSet<>()))
                    .get(p)
                    .add(g.raterKey());
        }
        List<ProviderRatings> result = new ArrayList<>();
        for (long id : providers) {
            long[] c = counts.getOrDefault(id, new long[4]);
            List<Set<String>> r = raters.getOrDefault(id, List.of(Set.of(), Set.of()));
            result.add(
                    new ProviderRatings(
                            id,
                            trained.contains(id),
                            new PhaseRatings(c[0], c[1], r.get(0)),
                            new PhaseRatings(c[2], c[3], r.get(1))));
        }
        return result;
    }

    /** The trained providers in words, plural: their category's, or "providers" for several. */
    static String trainedWords(Set<String> categories) {
        return categories.size() == 1
                ? PLURALS.getOrDefault(categories.iterator().next(), "providers")
                : "providers";
    }
}
