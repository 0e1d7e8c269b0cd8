package org.survivorvoice.safetydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The safety desk's exact MIS figures, by hand, as of an instant. */
class CaseFiguresTest {

    private static final Instant T0 = Instant.parse("1934-02-01T06:00:00Z");
    private static final Instant AS_OF = Instant.parse("1934-03-31T18:29:59Z");
    private static final Duration DEADLINE = Duration.ofHours(72);

    private static CaseTimeline opened(Long district, Instant at) {
        return new CaseTimeline(district, at, at.plus(DEADLINE), null, null, null);
    }

    private static CaseTimeline contacted(Long district, Instant at, long hours) {
        return new CaseTimeline(
                district, at, at.plus(DEADLINE), at.plus(Duration.ofHours(hours)), null, null);
    }

    private static CaseTimeline closed(
            Long district, Instant at, Long hoursToContact, long hoursToClose, CaseOutcome o) {
        return new CaseTimeline(
                district,
                at,
                at.plus(DEADLINE),
                hoursToContact == null ? null : at.plus(Duration.ofHours(hoursToContact)),
                at.plus(Duration.ofHours(hoursToClose)),
                o);
    }

    /**
     * District 7: contacted after 2 h, 10 h (closed resolved), 80 h (late) and 100 h (closed to the
     * police); one never contacted past its deadline; one opened two hours before the instant,
     * still inside its deadline. Settled: 5 (the last is not), in time 2: 40 %. Median of 2, 10,
     * 80, 100 hours = 45. Closed: resolved 1, police 1; still open 4.
     */
    @Test
    void countsTheDeadlineOnlyOfSettledCasesAndTheMedianOfContactedOnes() {
        List<CaseTimeline> cases =
                List.of(
                        contacted(7L, T0, 2),
                        closed(7L, T0, 10L, 30, CaseOutcome.RESOLVED),
                        contacted(7L, T0, 80),
                        closed(7L, T0, 100L, 200, CaseOutcome.REFERRED_POLICE),
                        opened(7L, T0),
                        opened(7L, AS_OF.minus(Duration.ofHours(2))));

        DistrictCaseFigures f = CaseFigures.of(cases, AS_OF).get(0);

        assertThat(f.districtId()).isEqualTo(7L);
        assertThat(f.opened()).isEqualTo(6);
        assertThat(f.settled()).isEqualTo(5);
        assertThat(f.contactedInTime()).isEqualTo(2);
        assertThat(f.contacted()).isEqualTo(4);
        assertThat(f.medianHoursToContact()).isEqualTo(45.0);
        assertThat(f.closedWith(CaseOutcome.RESOLVED)).isEqualTo(1);
        assertThat(f.closedWith(CaseOutcome.REFERRED_POLICE)).isEqualTo(1);
        assertThat(f.closedWith(CaseOutcome.DECLINED)).isZero();
        assertThat(f.stillOpen()).isEqualTo(4);
    }

    /**
     * A contact and a closing dated after the instant did not happen yet: a regenerated workbook
     * says what the first one said. A case whose deadline passed by the instant counts as missed
     * even when she was reached later; a case opened after the instant is not there at all.
     */
    @Test
    void whatHappenedAfterTheInstantIsLeftOut() {
        Instant lateOpened = AS_OF.minus(Duration.ofHours(100));
        List<CaseTimeline> cases =
                List.of(
                        // contacted in time, but only after the instant: still inside its
                        // deadline at the instant, so not settled
                        closed(1L, AS_OF.minus(Duration.ofHours(1)), 2L, 3, CaseOutcome.RESOLVED),
                        // past its deadline at the instant, reached after it: missed
                        closed(1L, lateOpened, 120L, 130, CaseOutcome.DECLINED),
                        opened(1L, AS_OF.plusSeconds(1)));

        DistrictCaseFigures f = CaseFigures.of(cases, AS_OF).get(0);

        assertThat(f.opened()).isEqualTo(2);
        assertThat(f.settled()).isEqualTo(1);
        assertThat(f.contactedInTime()).isZero();
        assertThat(f.contacted()).isZero();
        assertThat(f.medianHoursToContact()).isNull();
        assertThat(f.closedWith(CaseOutcome.RESOLVED)).isZero();
        assertThat(f.closedWith(CaseOutcome.DECLINED)).isZero();
        assertThat(f.stillOpen()).isEqualTo(2);

        // later, everything has happened
        DistrictCaseFigures later = CaseFigures.of(cases, AS_OF.plus(Duration.ofDays(30))).get(0);
        assertThat(later.opened()).isEqualTo(3);
        assertThat(later.contactedInTime()).isEqualTo(1);
        assertThat(later.closedWith(CaseOutcome.RESOLVED)).isEqualTo(1);
        assertThat(later.closedWith(CaseOutcome.DECLINED)).isEqualTo(1);
    }

    @Test
    void aContactAtTheDeadlineIsInTimeAndTheMedianOfAnOddCountIsTheMiddle() {
        List<CaseTimeline> cases =
                List.of(contacted(3L, T0, 72), contacted(3L, T0, 73), contacted(3L, T0, 1));

        DistrictCaseFigures f = CaseFigures.of(cases, AS_OF).get(0);

        assertThat(f.settled()).isEqualTo(3);
        assertThat(f.contactedInTime()).isEqualTo(2);
        assertThat(f.medianHoursToContact()).isEqualTo(72.0);
        assertThat(CaseFigures.hoursToContact(T0, T0.plusSeconds(5400))).isEqualTo(1.5);
    }

    @Test
    void districtsAreSeparateAndCasesOfNoKnownDistrictComeLast() {
        List<CaseTimeline> cases =
                List.of(opened(null, T0), opened(9L, T0), opened(2L, T0), opened(9L, T0));

        assertThat(CaseFigures.of(cases, AS_OF))
                .extracting(DistrictCaseFigures::districtId, DistrictCaseFigures::opened)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, 1L),
                        org.assertj.core.groups.Tuple.tuple(9L, 2L),
                        org.assertj.core.groups.Tuple.tuple(null, 1L));
        assertThat(CaseFigures.of(List.of(), AS_OF)).isEmpty();
    }

    /**
     * Per provider: the same rules as per district, and the cases that asked for money; a case
     * opened after the instant is not there, and providers come by code.
     */
    @Test
    void providersAreCountedByTheSameRulesWithTheMoneyAsked() {
        List<ProviderCaseTimeline> cases =
                List.of(
                        named("P2", true, contacted(1L, T0, 2)),
                        named("P2", false, contacted(1L, T0, 80)),
                        named("P2", true, opened(1L, T0)),
                        named("P2", true, opened(1L, AS_OF.plusSeconds(1))),
                        named("P1", false, opened(null, AS_OF.minus(Duration.ofHours(1)))));

        List<ProviderCaseFigures> figures = CaseFigures.ofProviders(cases, AS_OF);

        assertThat(figures)
                .extracting(ProviderCaseFigures::providerCode)
                .containsExactly("P1", "P2");
        ProviderCaseFigures p1 = figures.get(0);
        assertThat(p1.opened()).isEqualTo(1);
        assertThat(p1.moneyAsked()).isZero();
        assertThat(p1.settled()).isZero();
        assertThat(p1.medianHoursToContact()).isNull();
        ProviderCaseFigures p2 = figures.get(1);
        assertThat(p2.providerName()).isEqualTo("Name P2");
        assertThat(p2.categoryCode()).isEqualTo("POLICE");
        assertThat(p2.districtId()).isEqualTo(4L);
        assertThat(p2.opened()).isEqualTo(3);
        assertThat(p2.moneyAsked()).isEqualTo(2);
        assertThat(p2.settled()).isEqualTo(3);
        assertThat(p2.contactedInTime()).isEqualTo(1);
        assertThat(p2.contacted()).isEqualTo(2);
        assertThat(p2.medianHoursToContact()).isEqualTo(41.0);
    }

    @Test
    void moneyAskedIsReadFromTheStoredSignals() {
        assertThat(CaseFigureQueries.moneyAsked("DANGER_WORDS,MONEY_ASKED")).isTrue();
        assertThat(CaseFigureQueries.moneyAsked("MONEY_ASKED")).isTrue();
        assertThat(CaseFigureQueries.moneyAsked("LOWEST_RATING_WITH_COMMENT,DANGER_WORDS"))
                .isFalse();
    }

    private static ProviderCaseTimeline named(String code, boolean money, CaseTimeline timeline) {
        return new ProviderCaseTimeline(code, "Name " + code, "POLICE", 4L, money, timeline);
    }
}
