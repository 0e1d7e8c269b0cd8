package org.survivorvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.Pillar;
import org.survivorvoice.training.TrainingWindow;

/**
 * The demo's training events on the generated stream itself (no database): where they fall, whom
 * they train, and the planted effect as issue 18's effect definition reads it (pooled shares of
 * valid ratings, trained against untrained providers of the same categories and states, Q-2 and Q-1
 * against Q+1 and Q+2), over many generated programmes so that chance cannot pass for the effect.
 */
class DemoTrainingsTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Duration RELEASE_DELAY = Duration.ofDays(30);
    private static final List<LocalDate> DAYS =
            List.of(
                    LocalDate.of(2026, 12, 3),
                    LocalDate.of(1914, 5, 15),
                    LocalDate.of(2027, 2, 10));

    /**
     * The four cells of an event, in the order trained before, trained after, untrained before,
     * untrained after: valid ratings, satisfied ones and distinct raters.
     */
    record Cells(int[] n, int[] x, int[] raters) {
        double share(int cell) {
            return (double) x[cell] / n[cell];
        }

        /** The pooled difference in differences, in percentage points. */
        double effect() {
            return 100 * ((share(1) - share(0)) - (share(3) - share(2)));
        }
    }

    @Test
    void theComparedEventsAreJudgedByRatedQuartersWhoseAfterQuartersAreReleased() {
        for (LocalDate today : DAYS) {
            for (int days : new int[] {0, 29, 30, 31, 60, 89}) {
                LocalDate day = today.plusDays(days);
                DemoProgramme programme =
                        DemoProgramme.generate(7, new DemoSize(120, 400, 2_000), day, KOLKATA);
                List<Quarter> rated = programme.quarters();
                List<DemoTrainings.Event> events = programme.trainings().events();
                assertThat(events).hasSize(3);
                for (DemoTrainings.Event e : events.subList(0, 2)) {
                    TrainingWindow window = TrainingWindow.heldOn(e.heldOn());
                    assertThat(window.before()).containsExactlyElementsOf(rated.subList(0, 2));
                    assertThat(window.after()).containsExactlyElementsOf(rated.subList(3, 5));
                    assertThat(window.endedBy(programme.newestReleased(RELEASE_DELAY)))
                            .as("%s seen on %s", e.topic(), day)
                            .isTrue();
                }
                DemoTrainings.Event lawyers = events.get(2);
                assertThat(lawyers.heldOn()).isBefore(day);
                assertThat(TrainingWindow.heldOn(lawyers.heldOn()).endedBy(rated.get(5))).isFalse();
            }
        }
    }

    @Test
    void policeAreTrainedInBothStatesHealthWorkersInWestBengalLawyersInBoth() {
        DemoProgramme programme =
                DemoProgramme.generate(20260401, DemoSize.DEMO, DAYS.get(0), KOLKATA);
        List<DemoTrainings.Event> events = programme.trainings().events();

        assertThat(events)
                .extracting(DemoTrainings.Event::pillar)
                .containsExactly(Pillar.PROSECUTE, Pillar.PROTECT, Pillar.PROSECUTE);
        assertThat(categories(programme, events.get(0))).containsExactly("POLICE");
        assertThat(states(programme, events.get(0)))
                .containsExactlyInAnyOrder("Andhra Pradesh", "West Bengal");
        assertThat(categories(programme, events.get(1))).containsExactly("HEALTH_WORKER");
        assertThat(states(programme, events.get(1))).containsExactly("West Bengal");
        assertThat(categories(programme, events.get(2))).containsExactly("LEGAL_AID");
        for (DemoTrainings.Event e : events) {
            long inCategory =
                    programme.providers().stream()
                            .filter(p -> categories(programme, e).contains(p.category()))
                            .filter(p -> states(programme, e).contains(state(programme, p)))
                            .count();
            assertThat(e.attendance()).hasSizeGreaterThanOrEqualTo(3);
            // at most half are trained: the untrained comparison keeps as many
            assertThat(e.attendance().size()).isLessThanOrEqualTo((int) inCategory / 2);
            assertThat(e.attendance())
                    .allMatch(a -> a.staffCount() >= 1 && a.staffCount() <= 12)
                    .extracting(DemoTrainings.Attendee::providerIndex)
                    .doesNotHaveDuplicates();
        }
        assertThat(events.get(0).shift()).isEqualTo(0.15);
        assertThat(events.get(1).shift()).isZero();
        assertThat(events.get(2).shift()).isZero();
    }

    @Test
    void onlyThePlantedEventsStationsAreRatedBetterAndOnlyAfterItsQuarter() {
        DemoProgramme programme =
                DemoProgramme.generate(20260401, DemoSize.DEMO, DAYS.get(0), KOLKATA);
        DemoTrainings trainings = programme.trainings();
        DemoTrainings.Event planted = trainings.events().get(0);
        Quarter q = planted.quarter();
        int station = planted.attendance().get(0).providerIndex();
        int healthWorker = trainings.events().get(1).attendance().get(0).providerIndex();

        assertThat(trainings.satisfaction(station, q.previous(), 0.5)).isEqualTo(0.5);
        assertThat(trainings.satisfaction(station, q, 0.5)).isEqualTo(0.5);
        assertThat(trainings.satisfaction(station, q.next(), 0.5)).isEqualTo(0.65);
        assertThat(trainings.satisfaction(station, q.next().next(), 0.5)).isEqualTo(0.65);
        assertThat(trainings.satisfaction(healthWorker, q.next(), 0.5)).isEqualTo(0.5);
        int untrained =
                programme.providers().stream()
                        .filter(p -> p.category().equals("POLICE"))
                        .filter(p -> !planted.attended(p.index()))
                        .findFirst()
                        .orElseThrow()
                        .index();
        assertThat(trainings.satisfaction(untrained, q.next(), 0.5)).isEqualTo(0.5);
    }

    /**
     * 24 generated programmes of the demo's size: the planted event's difference in differences
     * averages about +15 points, the other's about 0, each programme passes the gate, and the
     * untrained stations stay level.
     */
    @Test
    void thePlantedEffectIsFoundAndTheOtherEventShowsNone() {
        List<Double> planted = new ArrayList<>();
        List<Double> none = new ArrayList<>();
        List<Double> untrainedChange = new ArrayList<>();
        for (long seed : new long[] {20260401, 1, 2, 3, 4, 5, 6, 7}) {
            for (LocalDate today : DAYS) {
                DemoProgramme programme =
                        DemoProgramme.generate(seed, DemoSize.DEMO, today, KOLKATA);
                List<DemoTrainings.Event> events = programme.trainings().events();
                Cells police = cells(programme, events.get(0));
                Cells health = cells(programme, events.get(1));
                for (Cells c : List.of(police, health)) {
                    for (int cell = 0; cell < 4; cell++) {
                        assertThat(c.n()[cell]).isGreaterThanOrEqualTo(11);
                        assertThat(c.raters()[cell]).isGreaterThanOrEqualTo(11);
                    }
                }
                planted.add(police.effect());
                none.add(health.effect());
                untrainedChange.add(100 * (police.share(3) - police.share(2)));
            }
        }

        assertThat(mean(planted)).isBetween(11.0, 19.0);
        assertThat(planted).allMatch(e -> e > 0);
        assertThat(mean(none)).isBetween(-4.0, 4.0);
        assertThat(mean(untrainedChange)).isBetween(-4.0, 4.0);
    }

    /** The four cells by the effect definition, computed on the stream with the generator's ids. */
    static Cells cells(DemoProgramme programme, DemoTrainings.Event event) {
        TrainingWindow window = TrainingWindow.heldOn(event.heldOn());
        Set<String> before =
                window.before().stream().map(Quarter::toString).collect(Collectors.toSet());
        Set<String> after =
                window.after().stream().map(Quarter::toString).collect(Collectors.toSet());
        Set<String> categories = categories(programme, event);
        Set<String> states = states(programme, event);
        Set<Integer> untrained = new HashSet<>();
        for (DemoProvider p : programme.providers()) {
            boolean trainedBy =
                    programme.trainings().events().stream()
                            .filter(e -> !e.heldOn().isAfter(window.lastDay()))
                            .anyMatch(e -> e.attended(p.index()));
            if (categories.contains(p.category())
                    && states.contains(state(programme, p))
                    && !trainedBy) {
                untrained.add(p.index());
            }
        }
        int[] n = new int[4];
        int[] x = new int[4];
        List<Set<String>> raters =
                List.of(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        programme
                .activities()
                .forEachRemaining(
                        a -> {
                            DemoRating r = a.rating();
                            if (r == null || r.answers().overall() == null) {
                                return;
                            }
                            if (r.survivorIndex() >= 0
                                    && !programme
                                            .survivors()
                                            .get(r.survivorIndex())
                                            .consentReporting()) {
                                return;
                            }
                            int group =
                                    event.attended(r.providerIndex())
                                            ? 0
                                            : untrained.contains(r.providerIndex()) ? 2 : -1;
                            int time =
                                    before.contains(r.period())
                                            ? 0
                                            : after.contains(r.period()) ? 1 : -1;
                            if (group < 0 || time < 0) {
                                return;
                            }
                            n[group + time]++;
                            x[group + time] += r.satisfied() ? 1 : 0;
                            raters.get(group + time)
                                    .add(
                                            r.survivorIndex() >= 0
                                                    ? "S" + r.survivorIndex()
                                                    : r.anonymousRaterKey());
                        });
        return new Cells(n, x, raters.stream().mapToInt(Set::size).toArray());
    }

    private static Set<String> categories(DemoProgramme programme, DemoTrainings.Event event) {
        return event.attendance().stream()
                .map(a -> programme.providers().get(a.providerIndex()).category())
                .collect(Collectors.toSet());
    }

    private static Set<String> states(DemoProgramme programme, DemoTrainings.Event event) {
        return event.attendance().stream()
                .map(a -> state(programme, programme.providers().get(a.providerIndex())))
                .collect(Collectors.toSet());
    }

    private static String state(DemoProgramme programme, DemoProvider p) {
        int state = programme.areas().get(p.districtIndex()).parentIndex();
        return programme.areas().get(state).name();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
