package org.survivorvoice.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.Pillar;

/**
 * The demo programme's training events (issue 18), and the one whose effect is planted: after the
 * police sensitisation on survivor-centred investigation in both states, the trained stations'
 * satisfied share rises by {@value #PLANTED_SHIFT} (15 points) from the quarter after the
 * training's on, while untrained stations stay as they were; the West Bengal health workers'
 * training changes nothing; the lawyers' workshop is too recent for its after-quarters to have
 * ended. Both earlier events are held in the third of the six complete rated quarters, so their two
 * before-quarters are the first two rated ones and their two after-quarters end before the newest
 * complete quarter: released whatever the release delay, up to a quarter.
 *
 * <p>The trained providers of an event are half of its states' providers of its category, chosen so
 * both halves get about as many ratings over the four compared quarters, among typical, better and
 * worse ones with room below the ceiling for the shift. The police event covers both states: at the
 * demo's size one state's stations give about 130 ratings a quarter, and a difference in
 * differences over that many varies by about 6.5 points from one generated programme to the next
 * (measured over 24 programmes), too much for a 15-point effect to stand out every time; both
 * states' stations halve that variance. The shift moves only the satisfaction rate a rating is
 * drawn from, never the number of draws, so the rest of the programme stays as it was.
 */
final class DemoTrainings {

    /** The planted rise of the satisfied share of the stations trained by the planted event. */
    static final double PLANTED_SHIFT = 0.15;

    /** Who records the demo events: the demo admin account. */
    private static final String RECORDED_BY = "admin";

    private static final Set<QualityTier> TRAINABLE =
            EnumSet.of(QualityTier.TYPICAL, QualityTier.BETTER, QualityTier.WORSE);

    /** Position of the training quarter among the rated quarters (see the class comment). */
    private static final int TRAINING_QUARTER = 2;

    /** Position of the lawyers' workshop's quarter: its after-quarters have not ended. */
    private static final int RECENT_QUARTER = 4;

    /** A provider whose staff attended, by position in the programme's provider list. */
    record Attendee(int providerIndex, int staffCount) {}

    /**
     * A demo training event.
     *
     * @param shift how much the attendees' satisfaction rate rises after the event's quarter
     */
    record Event(
            LocalDate heldOn,
            String topic,
            String organiser,
            Pillar pillar,
            List<Attendee> attendance,
            double shift) {

        Quarter quarter() {
            return Quarter.of(heldOn);
        }

        boolean attended(int provider) {
            return attendance.stream().anyMatch(a -> a.providerIndex() == provider);
        }
    }

    private final List<Event> events;

    private DemoTrainings(List<Event> events) {
        this.events = List.copyOf(events);
    }

    static DemoTrainings plan(
            List<DemoArea> areas,
            List<DemoProvider> providers,
            RatingPlan plan,
            SplittableRandom random) {
        List<Quarter> quarters = plan.quarters();
        List<Event> events = new ArrayList<>();
        Quarter training = quarters.get(TRAINING_QUARTER);
        List<Integer> compared =
                List.of(
                        TRAINING_QUARTER - 2,
                        TRAINING_QUARTER - 1,
                        TRAINING_QUARTER + 1,
                        TRAINING_QUARTER + 2);
        List<String> bothStates =
                List.of(AndhraPradeshGazetteer.STATE.name(), WestBengalGazetteer.STATE.name());
        List<Attendee> police =
                trained(
                        areas,
                        providers,
                        plan,
                        compared,
                        bothStates,
                        ProviderCategoryCode.POLICE,
                        PLANTED_SHIFT,
                        () -> 4 + random.nextInt(9));
        add(
                events,
                new Event(
                        training.start().plusDays(40),
                        "Survivor-centred investigation: rescue protocols, statements without"
                                + " blame, referral to support",
                        "Anti-human-trafficking units of the Andhra Pradesh and West Bengal"
                                + " police with the survivors' network",
                        Pillar.PROSECUTE,
                        police,
                        PLANTED_SHIFT));
        List<Attendee> health =
                trained(
                        areas,
                        providers,
                        plan,
                        compared,
                        List.of(WestBengalGazetteer.STATE.name()),
                        ProviderCategoryCode.HEALTH_WORKER,
                        0,
                        () -> 1);
        add(
                events,
                new Event(
                        training.start().plusDays(62),
                        "Identifying and referring trafficking survivors: health and WCD front-line"
                                + " workers",
                        "Department of Women and Child Development and Social Welfare, West"
                                + " Bengal",
                        Pillar.PROTECT,
                        health,
                        0));
        List<Attendee> lawyers =
                trained(
                        areas,
                        providers,
                        plan,
                        List.of(RECENT_QUARTER - 1, RECENT_QUARTER),
                        bothStates,
                        ProviderCategoryCode.LEGAL_AID,
                        0,
                        () -> 1 + random.nextInt(4));
        add(
                events,
                new Event(
                        quarters.get(RECENT_QUARTER).start().plusDays(20),
                        "Victim compensation and in-camera trials: workshop for panel lawyers",
                        "State Legal Services Authorities of Andhra Pradesh and West Bengal",
                        Pillar.PROSECUTE,
                        lawyers,
                        0));
        return new DemoTrainings(events);
    }

    /** The events, oldest first. */
    List<Event> events() {
        return events;
    }

    /**
     * The satisfaction rate a rating of the provider in the quarter is drawn from: {@code base},
     * raised by the shift of an event the provider attended in an earlier quarter.
     */
    double satisfaction(int provider, Quarter quarter, double base) {
        double rate = base;
        for (Event e : events) {
            if (e.shift() != 0 && e.quarter().compareTo(quarter) < 0 && e.attended(provider)) {
                rate += e.shift();
            }
        }
        return Math.min(0.97, rate);
    }

    /** Writes the events and their attendance after the providers, and commits. */
    void write(Connection c, DemoIds ids, ZoneId zone) throws SQLException {
        try (PreparedStatement event =
                        c.prepareStatement(
                                "INSERT INTO training_event (held_on, topic, organiser, pillar,"
                                        + " recorded_by, created_at, updated_at)"
                                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                                Statement.RETURN_GENERATED_KEYS);
                PreparedStatement attendance =
                        c.prepareStatement(
                                "INSERT INTO training_attendance (training_id, provider_id,"
                                        + " staff_count, created_at, updated_at)"
                                        + " VALUES (?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                // recorded the working day after the event, at 11:00 in the programme's zone
                LocalDateTime recorded =
                        LocalDateTime.ofInstant(
                                e.heldOn()
                                        .plusDays(1)
                                        .atTime(LocalTime.of(11, 0))
                                        .atZone(zone)
                                        .toInstant(),
                                ZoneOffset.UTC);
                event.setObject(1, e.heldOn());
                event.setString(2, e.topic());
                event.setString(3, e.organiser());
                event.setString(4, e.pillar().name());
                event.setString(5, RECORDED_BY);
                event.setObject(6, recorded);
                event.setObject(7, recorded);
                event.executeUpdate();
                long id;
                try (ResultSet keys = event.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (Attendee a : e.attendance()) {
                    attendance.setLong(1, id);
                    attendance.setLong(2, ids.provider(a.providerIndex()));
                    attendance.setInt(3, a.staffCount());
                    attendance.setObject(4, recorded);
                    attendance.setObject(5, recorded);
                    attendance.addBatch();
                }
                attendance.executeBatch();
            }
        }
        c.commit();
    }

    private static void add(List<Event> events, Event event) {
        // a programme too small for an event's providers has no such event
        if (!event.attendance().isEmpty()) {
            events.add(event);
        }
    }

    /**
     * Half the providers of the category in the states, chosen so that the trained and the
     * untrained get about as many ratings over the quarters at the positions (the effect's interval
     * is narrowest when its four cells are alike): the trainable ones in order of their ratings,
     * every other one, in provider order.
     */
    private static List<Attendee> trained(
            List<DemoArea> areas,
            List<DemoProvider> providers,
            RatingPlan plan,
            List<Integer> quarters,
            List<String> states,
            ProviderCategoryCode category,
            double shift,
            IntSupplier staff) {
        List<DemoProvider> all =
                providers.stream()
                        .filter(p -> p.category().equals(category.name()))
                        .filter(p -> states.contains(stateOf(areas, p)))
                        .toList();
        int[] ratings = new int[providers.size()];
        for (DemoProvider p : all) {
            for (int q : quarters) {
                ratings[p.index()] += plan.count(p.index(), q);
            }
        }
        List<DemoProvider> trainable =
                all.stream()
                        .filter(p -> TRAINABLE.contains(p.tier()))
                        .filter(p -> p.satisfaction() + shift <= 0.95)
                        .sorted(
                                Comparator.comparingInt((DemoProvider p) -> -ratings[p.index()])
                                        .thenComparingInt(DemoProvider::index))
                        .toList();
        List<DemoProvider> chosen = new ArrayList<>();
        for (int i = 0; i < trainable.size() && chosen.size() < all.size() / 2; i += 2) {
            chosen.add(trainable.get(i));
        }
        chosen.sort(Comparator.comparingInt(DemoProvider::index));
        return chosen.stream().map(p -> new Attendee(p.index(), staff.getAsInt())).toList();
    }

    private static String stateOf(List<DemoArea> areas, DemoProvider p) {
        DemoArea district = areas.get(p.districtIndex());
        DemoArea state = areas.get(district.parentIndex());
        return state.level() == AreaLevel.STATE ? state.name() : null;
    }
}
