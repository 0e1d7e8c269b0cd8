package org.survivorvoice.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.Band;

/** The MIS response figures, against values worked out by hand. */
class ResponseFiguresTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Quarter ANSWERED = Quarter.parse("1950-Q4");
    private static final Instant RELEASE = Instant.parse("1951-01-08T00:00:00Z");
    private static final Instant AS_OF = ResponseFigures.asOf(ANSWERED.next(), far(), KOLKATA);
    private static final long NORTH = 1;
    private static final long SOUTH = 2;

    private static Instant far() {
        return Instant.parse("2000-01-01T00:00:00Z");
    }

    private static Instant day(int days) {
        return RELEASE.plus(Duration.ofDays(days)).plus(Duration.ofHours(3));
    }

    private static ResponseNeed need(long provider, long district, Instant first) {
        return new ResponseNeed(
                provider,
                "P" + provider,
                "Provider " + provider,
                "POLICE",
                "Police",
                district,
                ANSWERED,
                Band.BELOW,
                0,
                RELEASE,
                first);
    }

    @Test
    void asOfIsTheLastInstantOfTheQuarterOrNowBeforeItEnds() {
        Quarter reported = Quarter.parse("1951-Q1");
        // 1 April 1951 00:00 in Kolkata is 31 March 18:30 UTC
        assertThat(ResponseFigures.asOf(reported, far(), KOLKATA))
                .isEqualTo(Instant.parse("1951-03-31T18:29:59.999999Z"));
        Instant during = Instant.parse("1951-02-10T10:00:00Z");
        assertThat(ResponseFigures.asOf(reported, during, KOLKATA)).isEqualTo(during);
    }

    @Test
    void medianDaysAndAnsweredShareCountOnlyResponsesRecordedByTheInstant() {
        List<ResponseNeed> needs =
                List.of(
                        need(1, NORTH, day(2)),
                        need(2, NORTH, day(9)),
                        need(3, NORTH, day(4)),
                        need(4, NORTH, null),
                        // answered after the quarter's end: still waiting as of then
                        need(5, NORTH, Instant.parse("1951-04-02T00:00:00Z")));

        DistrictResponseFigures north =
                ResponseFigures.of(needs, List.of(), List.of(), AS_OF, KOLKATA, 11).get(0);

        assertThat(north.districtId()).isEqualTo(NORTH);
        assertThat(north.needing()).isEqualTo(5);
        assertThat(north.answered()).isEqualTo(3);
        // 3 of 5
        assertThat(north.answeredShare()).isEqualTo(0.6);
        // days 2, 4, 9
        assertThat(north.medianDaysToResponse()).isEqualTo(4.0);
        assertThat(north.onTimeShare()).isNull();
        assertThat(north.confirmationShare()).isNull();
    }

    @Test
    void medianOfAnEvenNumberIsTheMeanOfTheMiddleTwo() {
        assertThat(ResponseFigures.median(List.of(9L, 2L, 4L, 30L))).isEqualTo(6.5);
        assertThat(ResponseFigures.median(List.of())).isNull();
    }

    @Test
    void aNeedNotYetVisibleAtTheInstantIsNotCounted() {
        Instant beforeRelease = RELEASE.minus(Duration.ofDays(1));
        assertThat(
                        ResponseFigures.of(
                                List.of(need(1, NORTH, null)),
                                List.of(),
                                List.of(),
                                beforeRelease,
                                KOLKATA,
                                11))
                .isEmpty();
    }

    @Test
    void onTimeComparesTheProgrammesDateOfCompletionWithTheDueDate() {
        LocalDate due = LocalDate.of(1951, 2, 15);
        List<ResponseState> responses =
                List.of(
                        // done 15 Feb 20:00 UTC = 16 Feb 01:30 in Kolkata: late
                        done(1, due, Instant.parse("1951-02-15T20:00:00Z")),
                        // done 15 Feb 18:00 UTC = 15 Feb 23:30 in Kolkata: on time
                        done(2, due, Instant.parse("1951-02-15T18:00:00Z")),
                        done(3, due, Instant.parse("1951-01-20T10:00:00Z")),
                        // planned, past due at the instant: counts, not on time
                        state(4, due, null, null),
                        // planned, due after the instant: not counted
                        state(5, LocalDate.of(1951, 6, 30), null, null),
                        // dropped, past due: counts, not on time
                        state(6, due, null, Instant.parse("1951-02-01T10:00:00Z")),
                        // done only after the instant: planned then, past due
                        done(7, due, Instant.parse("1951-04-03T10:00:00Z")),
                        // recorded after the instant: not counted at all
                        new ResponseState(
                                8, NORTH, due, Instant.parse("1951-04-05T10:00:00Z"), null, null));

        DistrictResponseFigures north =
                ResponseFigures.of(List.of(), responses, List.of(), AS_OF, KOLKATA, 11).get(0);

        // on time: 2 and 3, of 1, 2, 3, 4, 6 and 7
        assertThat(north.onTimeShare()).isEqualTo(0.33);
        assertThat(north.needing()).isZero();
        assertThat(north.answeredShare()).isNull();
    }

    @Test
    void confirmationShareAppearsOnlyWithElevenAnswersByTheInstant() {
        List<ResponseState> responses =
                List.of(
                        done(1, LocalDate.of(1951, 3, 1), Instant.parse("1951-02-01T10:00:00Z")),
                        doneIn(2, SOUTH));
        List<FollowUpAnswer> answers = new ArrayList<>();
        Instant answered = Instant.parse("1951-02-10T10:00:00Z");
        for (int i = 0; i < 10; i++) {
            // 1, 2, 3, 1, 2, 3...: better in 7 of 10
            answers.add(new FollowUpAnswer(1, i % 3 + 1, answered));
        }
        // the 11th answer arrives after the instant
        answers.add(new FollowUpAnswer(1, 1, Instant.parse("1951-04-01T10:00:00Z")));
        // answers to another district's response do not count here
        answers.add(new FollowUpAnswer(2, 1, answered));

        List<DistrictResponseFigures> tenAnswers =
                ResponseFigures.of(List.of(), responses, answers, AS_OF, KOLKATA, 11);
        assertThat(tenAnswers.get(0).confirmationShare()).isNull();

        answers.add(new FollowUpAnswer(1, 3, answered));
        DistrictResponseFigures eleven =
                ResponseFigures.of(List.of(), responses, answers, AS_OF, KOLKATA, 11).get(0);
        // 7 better of 11 = 63.6 %: a cell of 11 answers is published in steps of 20 %...
        // (cellShare)
        assertThat(eleven.confirmationShare())
                .isEqualTo(ResponseFigures.confirmationShare(11, 7, 11).orElseThrow());
        assertThat(eleven.confirmationShare()).isEqualTo(0.6);
    }

    @Test
    void districtsAreKeptApart() {
        List<DistrictResponseFigures> figures =
                ResponseFigures.of(
                        List.of(need(1, NORTH, day(1)), need(2, SOUTH, null)),
                        List.of(doneIn(3, SOUTH)),
                        List.of(),
                        AS_OF,
                        KOLKATA,
                        11);
        assertThat(figures)
                .extracting(DistrictResponseFigures::districtId)
                .containsExactly(NORTH, SOUTH);
        assertThat(figures.get(0).answeredShare()).isEqualTo(1.0);
        assertThat(figures.get(1).answeredShare()).isEqualTo(0.0);
        assertThat(figures.get(1).onTimeShare()).isEqualTo(1.0);
    }

    @Test
    void pooledFiguresAreOneRowOverEveryDistrict() {
        List<DistrictResponseFigures> figures =
                ResponseFigures.pooled(
                        List.of(need(1, NORTH, day(1)), need(2, SOUTH, null)),
                        List.of(doneIn(3, SOUTH)),
                        List.of(),
                        AS_OF,
                        KOLKATA,
                        11);

        assertThat(figures)
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.districtId()).isEqualTo(ResponseFigures.ALL_DISTRICTS);
                            assertThat(f.needing()).isEqualTo(2);
                            assertThat(f.answeredShare()).isEqualTo(0.5);
                            assertThat(f.onTimeShare()).isEqualTo(1.0);
                        });
    }

    private static ResponseState done(long id, LocalDate due, Instant at) {
        return state(id, due, at, null);
    }

    private static ResponseState doneIn(long id, long district) {
        return new ResponseState(
                id,
                district,
                LocalDate.of(1951, 3, 1),
                day(1),
                Instant.parse("1951-02-01T10:00:00Z"),
                null);
    }

    private static ResponseState state(long id, LocalDate due, Instant doneAt, Instant droppedAt) {
        return new ResponseState(id, NORTH, due, day(1), doneAt, droppedAt);
    }
}
