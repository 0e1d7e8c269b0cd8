package org.survivorvoice.response;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;

/**
 * The one owner of the MIS response figures: from the needs of a quarter ({@link
 * ResponseNeedQueries}), the responses to it and the survivors' follow-up answers, how each
 * district answered as of an instant: providers needing a response, the share answered, the median
 * days to the first response, the share done on time and the survivors' confirmation share.
 * Everything recorded after the instant is left out, so a workbook regenerated later says the same.
 * Pure: no CDI, no database.
 */
public final class ResponseFigures {

    /** The district id of the one row of {@link #pooled} figures. */
    public static final long ALL_DISTRICTS = 0;

    private ResponseFigures() {}

    /**
     * The instant a workbook of the reported quarter counts responses up to: the last instant of
     * the quarter in the programme's time zone (at the database's microsecond precision), or now
     * when the quarter has not ended.
     */
    public static Instant asOf(Quarter reported, Instant now, ZoneId zone) {
        Instant end =
                reported.end()
                        .plusDays(1)
                        .atStartOfDay(zone)
                        .toInstant()
                        .minus(1, ChronoUnit.MICROS);
        return now.isBefore(end) ? now : end;
    }

    /**
     * The figures of every district with a provider needing a response or a response recorded by
     * the instant, by district id.
     *
     * @param needs the providers whose results of the quarter called for a response
     * @param responses the responses to the quarter's results
     * @param answers the follow-up answers to those responses
     * @param asOf the instant the figures stand at ({@link #asOf})
     * @param zone the programme's time zone, whose dates "done on time" compares
     * @param minAnswers the suppression gate of a survivor share (11)
     */
    public static List<DistrictResponseFigures> of(
            List<ResponseNeed> needs,
            List<ResponseState> responses,
            List<FollowUpAnswer> answers,
            Instant asOf,
            ZoneId zone,
            int minAnswers) {
        return of(needs, responses, answers, asOf, zone, minAnswers, false);
    }

    /**
     * The same figures over every district together, as one row with the district id {@link
     * #ALL_DISTRICTS}; empty when no provider needed a response and none was recorded. Funders get
     * these: a count per district would point to a district's flagged providers before they are
     * verified, which their workbook never does (the Districts sheet counts them over all
     * districts).
     */
    public static List<DistrictResponseFigures> pooled(
            List<ResponseNeed> needs,
            List<ResponseState> responses,
            List<FollowUpAnswer> answers,
            Instant asOf,
            ZoneId zone,
            int minAnswers) {
        return of(needs, responses, answers, asOf, zone, minAnswers, true);
    }

    private static List<DistrictResponseFigures> of(
            List<ResponseNeed> needs,
            List<ResponseState> responses,
            List<FollowUpAnswer> answers,
            Instant asOf,
            ZoneId zone,
            int minAnswers,
            boolean pooled) {
        Map<Long, District> districts = new TreeMap<>();
        for (ResponseNeed need : needs) {
            if (need.neededSince() != null && !need.neededSince().isAfter(asOf)) {
                long key = pooled ? ALL_DISTRICTS : need.districtId();
                districts.computeIfAbsent(key, d -> new District()).need(need, asOf);
            }
        }
        Map<Long, District> byResponse = new HashMap<>();
        LocalDate asOfDate = LocalDate.ofInstant(asOf, zone);
        for (ResponseState response : responses) {
            Optional<ResponseStatus> status = response.statusAsOf(asOf);
            if (status.isPresent()) {
                long key = pooled ? ALL_DISTRICTS : response.districtId();
                District district = districts.computeIfAbsent(key, d -> new District());
                district.response(response, status.get(), asOfDate, zone);
                byResponse.put(response.responseId(), district);
            }
        }
        for (FollowUpAnswer answer : answers) {
            District district = byResponse.get(answer.responseId());
            if (district != null && !answer.answeredAt().isAfter(asOf)) {
                district.answers++;
                district.better += answer.better() ? 1 : 0;
            }
        }
        List<DistrictResponseFigures> figures = new ArrayList<>();
        districts.forEach((id, d) -> figures.add(d.figures(id, minAnswers)));
        return figures;
    }

    /**
     * The survivors' confirmation share as published: the share answering yes or a little, only
     * with at least {@code minAnswers} answers (the suppression gate) and at the precision of a
     * survivor cell, in whole percents.
     */
    public static Optional<Double> confirmationShare(long answers, long better, int minAnswers) {
        return DisclosurePolicy.cellShare(answers, better, minAnswers)
                .map(DisclosurePolicy::percent);
    }

    /** The median of whole numbers; null for none. */
    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(mid).doubleValue()
                : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : DisclosurePolicy.percent((double) part / whole);
    }

    /** The running counts of one district. */
    private static final class District {
        private final Set<Long> needing = new HashSet<>();
        private final List<Long> days = new ArrayList<>();
        private long due;
        private long onTime;
        private long answers;
        private long better;

        void need(ResponseNeed need, Instant asOf) {
            if (!needing.add(need.providerId())) {
                return;
            }
            if (need.answered() && !need.firstResponseAt().isAfter(asOf)) {
                days.add(need.daysToResponse());
            }
        }

        void response(
                ResponseState response, ResponseStatus status, LocalDate asOfDate, ZoneId zone) {
            if (status == ResponseStatus.DONE) {
                due++;
                if (!LocalDate.ofInstant(response.doneAt(), zone).isAfter(response.dueDate())) {
                    onTime++;
                }
            } else if (response.dueDate().isBefore(asOfDate)) {
                due++;
            }
        }

        DistrictResponseFigures figures(long id, int minAnswers) {
            return new DistrictResponseFigures(
                    id,
                    needing.size(),
                    days.size(),
                    share(days.size(), needing.size()),
                    median(days),
                    share(onTime, due),
                    confirmationShare(answers, better, minAnswers).orElse(null));
        }
    }
}
