package org.survivorvoice.scoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.FunnelLimits;
import org.survivorvoice.scoring.method.ScoringParameters;
import org.survivorvoice.scoring.method.Shrinkage;

/**
 * The k = 5 rule of published precision, by brute force: a reader who knows the method, the group's
 * exact theta0, tau2 and m, and everything published about a provider, is left with every (n, x) of
 * the ratings band that would have been published the same way, and there must be at least five of
 * them, the true pair among them.
 */
class PublishedPrecisionTest {

    private static final ScoringParameters PARAMS = ScoringParameters.defaults();

    /** A comparison group's numbers and one provider's counts in it. */
    record Case(double theta0, double tau2, long n, long x, long verifiedN) {
        double m() {
            return Shrinkage.priorWeight(theta0, tau2, PARAMS);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Double> theta0 = Arbitraries.doubles().between(0.05, 0.98).ofScale(4);
        Arbitrary<Double> tau2 =
                Arbitraries.oneOf(
                        Arbitraries.just(0.0),
                        Arbitraries.doubles().between(0.0005, 0.05).ofScale(5));
        Arbitrary<Long> n =
                Arbitraries.oneOf(
                        Arbitraries.longs().between(11, 120),
                        Arbitraries.longs().between(120, 1500));
        return Combinators.combine(theta0, tau2, n, Arbitraries.doubles().between(0, 1).ofScale(3))
                .as(
                        (t, v, count, share) -> {
                            long x = Math.round(count * share);
                            return new Case(t, v, count, x, Math.round(count * (1 - share)));
                        });
    }

    @Property(tries = 400)
    void everyPublishedProviderLeavesAtLeastFivePairs(@ForAll("cases") Case c) {
        PublishedPrecision precision = new PublishedPrecision(c.theta0, c.tau2, c.m(), PARAMS);
        PublishedFigures published = precision.publish(c.n, c.x, c.verifiedN);

        List<long[]> consistent = consistentPairs(precision, published);

        assertThat(consistent.size()).isGreaterThanOrEqualTo(PublishedPrecision.MIN_CANDIDATES);
        assertThat(consistent).anyMatch(p -> p[0] == c.n && p[1] == c.x);
        assertThat(published.candidates()).isEqualTo(consistent.size());
    }

    @Property(tries = 200)
    void publishedScoreStaysCloseToTheExactOne(@ForAll("cases") Case c) {
        PublishedPrecision precision = new PublishedPrecision(c.theta0, c.tau2, c.m(), PARAMS);
        PublishedFigures published = precision.publish(c.n, c.x, c.verifiedN);
        double exact = Shrinkage.score(c.x, c.n, c.theta0, c.m());

        assertThat(published.score() * 100)
                .isCloseTo(
                        Math.rint(published.score() * 100),
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThat(published.low()).isLessThanOrEqualTo(published.score());
        assertThat(published.high()).isGreaterThanOrEqualTo(published.score());
        // a run of five neighbouring scores is narrow: the published score is within a few points
        assertThat(Math.abs(published.score() - exact)).isLessThan(0.1);
        assertThat(published.ratingsBand()).isEqualTo(DisclosureGate.countBand(c.n));
    }

    @Property(tries = 200)
    void verifiedShareNeverNarrowsTheCount(@ForAll("cases") Case c) {
        PublishedPrecision precision = new PublishedPrecision(c.theta0, c.tau2, c.m(), PARAMS);
        double share = precision.publish(c.n, c.x, c.verifiedN).verifiedShare();
        long lo = Math.max(c.n / 5 * 5, PARAMS.minRatings());
        for (long n = lo; n < c.n / 5 * 5 + 5; n++) {
            boolean some = false;
            for (long v = 0; v <= n && !some; v++) {
                some = Math.round(v * 10.0 / n) / 10.0 == share;
            }
            assertThat(some).as("a verified count for n = %d", n).isTrue();
        }
    }

    @Test
    void theExactScoreOfTodaysOutputsPinsThePairDown() {
        // what the API published before: the exact score and the band of five
        double theta0 = 0.7;
        double m = 20;
        long n = 22;
        long x = 15;
        double exact = Shrinkage.score(x, n, theta0, m);
        int pairs = 0;
        for (long nn = 20; nn < 25; nn++) {
            for (long xx = 0; xx <= nn; xx++) {
                if (Shrinkage.score(xx, nn, theta0, m) == exact) {
                    pairs++;
                }
            }
        }
        assertThat(pairs).isEqualTo(1);
        PublishedPrecision precision = new PublishedPrecision(theta0, 0, m, PARAMS);
        assertThat(precision.candidates(n, x)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aBandTooRareToHideAProviderIsPublishedAsItsNeighbourTowardsWithin() {
        // theta0 0.85, no over-dispersion: with 20-24 ratings only 23 of 23 and 24 of 24 are ABOVE
        PublishedPrecision precision = new PublishedPrecision(0.85, 0, 20, PARAMS);
        assertThat(FunnelLimits.band(24, 24, 0.85, 0, PARAMS)).isEqualTo(Band.ABOVE);

        PublishedFigures published = precision.publish(24, 24, 24);

        assertThat(published.band()).isEqualTo(Band.WITHIN);
        assertThat(published.candidates()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void funnelPointsSitAtTheMiddleOfTheRatingsBand() {
        PublishedPrecision precision = new PublishedPrecision(0.7, 0, 20, PARAMS);
        PublishedFigures a = precision.publish(21, 15, 0);
        PublishedFigures b = precision.publish(11, 8, 0);

        assertThat(a.funnelN()).isEqualTo(22);
        assertThat(b.funnelN()).isEqualTo(12);
        assertThat(a.funnelP()).isBetween(0.0, 1.0);
    }

    /** Every pair of the ratings band that the method would have published identically. */
    static List<long[]> consistentPairs(PublishedPrecision precision, PublishedFigures published) {
        List<long[]> pairs = new ArrayList<>();
        long lo = published.ratingsLow();
        for (long n = Math.max(lo, PARAMS.minRatings()); n < lo + 5; n++) {
            for (long x = 0; x <= n; x++) {
                PublishedFigures other = precision.publish(n, x, 0);
                if (other.band() == published.band()
                        && other.score() == published.score()
                        && other.low() == published.low()
                        && other.high() == published.high()
                        && other.funnelN() == published.funnelN()
                        && other.funnelP() == published.funnelP()) {
                    pairs.add(new long[] {n, x});
                }
            }
        }
        return pairs;
    }
}
