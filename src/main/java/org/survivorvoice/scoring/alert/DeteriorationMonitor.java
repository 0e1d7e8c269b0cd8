package org.survivorvoice.scoring.alert;

import java.util.ArrayList;
import java.util.List;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.Cusum;
import org.survivorvoice.scoring.method.CusumAlert;
import org.survivorvoice.scoring.method.CusumObservation;
import org.survivorvoice.scoring.method.CusumResult;
import org.survivorvoice.scoring.method.ScoringParameters;

/**
 * Runs one provider's CUSUM over its new ratings, continuing from its stored state. Pure: the
 * baselines and parameters come in, alerts and the new state go out.
 *
 * <p>p0 and the threshold belong to the quarter of each rating (the category rate over the window
 * ending with it, the provider's ratings in the year ending with it), so the ratings are run in
 * segments of one quarter, each continuing from the statistic the previous one ended with. Reading
 * history for the first time therefore gives the same alerts as following it quarter by quarter.
 */
public final class DeteriorationMonitor {

    private final DeteriorationBaselines baselines;
    private final ScoringParameters params;

    public DeteriorationMonitor(DeteriorationBaselines baselines, ScoringParameters params) {
        this.baselines = baselines;
        this.params = params;
    }

    /**
     * Runs the provider's ratings, in (rated at, id) order, from its state.
     *
     * @param start the state a previous update stored, or null for a provider never processed
     * @param ratings at least one rating of one provider, all after the state
     */
    public Outcome process(DeteriorationState start, List<DeteriorationRating> ratings) {
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("nothing to process");
        }
        long providerId = ratings.get(0).providerId();
        DeteriorationBaselines.Placement placement = baselines.placement(providerId);
        List<DeteriorationAlert> alerts = new ArrayList<>();
        double statistic = start == null ? 0 : start.statistic();
        int from = 0;
        while (from < ratings.size()) {
            Quarter quarter = ratings.get(from).period();
            int to = from;
            List<CusumObservation<DeteriorationRating>> segment = new ArrayList<>();
            while (to < ratings.size() && ratings.get(to).period().equals(quarter)) {
                DeteriorationRating rating = ratings.get(to);
                if (rating.providerId() != providerId) {
                    throw new IllegalArgumentException("ratings of more than one provider");
                }
                segment.add(
                        new CusumObservation<>(rating, params.isDissatisfied(rating.overall())));
                to++;
            }
            double p0 = baselines.p0(providerId, quarter);
            Cusum cusum =
                    Cusum.forProvider(p0, baselines.ratingsPerYear(providerId, quarter), params);
            CusumResult<DeteriorationRating> result = cusum.run(segment, statistic);
            for (CusumAlert<DeteriorationRating> alert : result.alerts()) {
                DeteriorationRating at = alert.key();
                alerts.add(
                        new DeteriorationAlert(
                                providerId,
                                placement.categoryId(),
                                placement.districtId(),
                                at.ratingId(),
                                at.period(),
                                at.ratedAt(),
                                alert.statistic(),
                                cusum.threshold(),
                                p0));
            }
            statistic = result.finalStatistic();
            from = to;
        }
        DeteriorationRating last = ratings.get(ratings.size() - 1);
        return new Outcome(
                alerts,
                new DeteriorationState(providerId, statistic, last.ratingId(), last.ratedAt()));
    }

    /**
     * What processing one provider's ratings gave.
     *
     * @param alerts alerts in time order
     * @param state where its CUSUM stands after the last rating
     */
    public record Outcome(List<DeteriorationAlert> alerts, DeteriorationState state) {

        /** Keeps the alert list immutable. */
        public Outcome {
            alerts = List.copyOf(alerts);
        }
    }
}
