package org.survivorvoice.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.survivorvoice.scoring.method.Cusum;
import org.survivorvoice.scoring.method.Overdispersion;
import org.survivorvoice.scoring.method.ScoringParameters;
import org.survivorvoice.scoring.method.Shrinkage;

/** Settings of the scoring method under {@code survivor-voice.scoring.*} (design/SCORING.md). */
@ConfigMapping(prefix = "survivor-voice.scoring")
public interface ScoringConfig {

    /** Fewer valid ratings suppress a provider. */
    @WithDefault("11")
    int minRatings();

    /** Fewer distinct raters suppress a provider. */
    @WithDefault("11")
    int minDistinctRaters();

    /** Fewer valid ratings give band INSUFFICIENT_DATA. */
    @WithDefault("20")
    int classifyMinRatings();

    /** Quarters of the rolling window, ending with the reported quarter. */
    @WithDefault("4")
    int windowQuarters();

    /** Count only ratings tied to an encounter; the verified share is reported either way. */
    @WithDefault("false")
    boolean verifiedOnly();

    /** When the scheduled refresh recomputes the open quarters (Quartz cron, programme time). */
    @WithDefault("0 30 1 * * ?")
    String refreshCron();

    /** How long after a quarter ends its scores are frozen and released. */
    @WithDefault("30D")
    Duration releaseDelay();

    /** Over-dispersion settings. */
    Overdispersion overdispersion();

    /** Funnel limits. */
    Limits limits();

    /** Shrinkage of the displayed score. */
    Shrinkage shrinkage();

    /** Interval of the displayed score. */
    Interval interval();

    /** Deterioration alerts. */
    Cusum cusum();

    /** An overall answer at least this counts as satisfied. */
    @WithDefault("4")
    int satisfiedMinOverall();

    /** An overall answer at most this counts as dissatisfied. */
    @WithDefault("2")
    int dissatisfiedMaxOverall();

    /** Over-dispersion settings. */
    interface Overdispersion {
        /** Fewer providers past suppression give tau2 = 0. */
        @WithDefault("10")
        int minUnits();

        /** Lower winsorising percentile of the z-scores. */
        @WithDefault("0.10")
        double winsorLower();

        /** Upper winsorising percentile of the z-scores. */
        @WithDefault("0.90")
        double winsorUpper();
    }

    /** Funnel limits. */
    interface Limits {
        /** |zD| beyond it is BELOW or ABOVE (95 %). */
        @WithDefault("1.96")
        double alertZ();

        /** |zD| beyond it is significantly below or above (99.8 %). */
        @WithDefault("3.09")
        double significantZ();

        /** Binomial tail of the 95 % limit. */
        @WithDefault("0.025")
        double exactAlertTail();

        /** Binomial tail of the 99.8 % limit. */
        @WithDefault("0.001")
        double exactSignificantTail();

        /** With tau2 = 0, providers with fewer ratings use exact binomial tails. */
        @WithDefault("100")
        int exactBelowRatings();
    }

    /** Shrinkage of the displayed score. */
    interface Shrinkage {
        /** Smallest prior weight m. */
        @WithDefault("5")
        double min();

        /** Largest prior weight m. */
        @WithDefault("50")
        double max();

        /** Prior weight m when tau2 = 0. */
        @WithDefault("20")
        double withoutOverdispersion();
    }

    /** Interval of the displayed score. */
    interface Interval {
        /** Beta quantile of the low end. */
        @WithDefault("0.05")
        double lower();

        /** Beta quantile of the high end. */
        @WithDefault("0.95")
        double upper();
    }

    /** Deterioration alerts (Bernoulli CUSUM). */
    interface Cusum {
        /** Deterioration to detect, as an odds ratio of dissatisfaction. */
        @WithDefault("2")
        double oddsRatio();

        /** Alert threshold h. */
        @WithDefault("3.5")
        double threshold();

        /** Threshold for busy providers. */
        @WithDefault("4.0")
        double busyThreshold();

        /** Ratings a year from which a provider counts as busy. */
        @WithDefault("80")
        int busyRatingsPerYear();

        /** How often new ratings are fed to the providers' CUSUMs. */
        @WithDefault("1h")
        String updateEvery();
    }

    /** The method's numbers as the pure calculator takes them. */
    default ScoringParameters parameters() {
        return new ScoringParameters(
                minRatings(),
                minDistinctRaters(),
                classifyMinRatings(),
                overdispersion().minUnits(),
                overdispersion().winsorLower(),
                overdispersion().winsorUpper(),
                limits().alertZ(),
                limits().significantZ(),
                limits().exactAlertTail(),
                limits().exactSignificantTail(),
                limits().exactBelowRatings(),
                shrinkage().min(),
                shrinkage().max(),
                shrinkage().withoutOverdispersion(),
                interval().lower(),
                interval().upper(),
                cusum().oddsRatio(),
                cusum().threshold(),
                cusum().busyThreshold(),
                cusum().busyRatingsPerYear(),
                satisfiedMinOverall(),
                dissatisfiedMaxOverall());
    }
}
