package org.survivorvoice.reports.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.survivorvoice.scoring.ScoringConfig;

/**
 * The methods statement of design/SCORING.md with this run's numbers, printed in every workbook
 * that shows bands: the gates, the limits, the confirmation rule, the data period, the verified
 * share and the multiplicity warning. Pure text from numbers.
 */
final class MethodStatement {

    private MethodStatement() {}

    static List<String> of(
            ScoringConfig config,
            List<ReportData.MethodRow> groups,
            String dataPeriod,
            Double verifiedShare) {
        int units = groups.stream().mapToInt(ReportData.MethodRow::units).sum();
        List<String> lines = new ArrayList<>();
        lines.add(
                "Data period: "
                        + dataPeriod
                        + " (a rolling window of "
                        + config.windowQuarters()
                        + " quarters). A valid rating has an overall answer; ratings of survivors"
                        + " who withdrew consent to reporting are left out.");
        lines.add(
                verifiedShare == null
                        ? "Verified share: not shown (too few ratings)."
                        : String.format(
                                Locale.ROOT,
                                "Verified share: %.1f %% of valid ratings are tied to a logged"
                                        + " encounter%s.",
                                verifiedShare * 100,
                                config.verifiedOnly()
                                        ? "; only these count"
                                        : "; unverified ratings count too"));
        lines.add(
                String.format(
                        Locale.ROOT,
                        "Gates: providers with fewer than %d valid ratings or fewer than %d"
                                + " distinct raters are suppressed (counted, never listed);"
                                + " %d to %d ratings give a score with interval but the band"
                                + " \"insufficient data\"; %d or more are banded.",
                        config.minRatings(),
                        config.minDistinctRaters(),
                        config.minRatings(),
                        config.classifyMinRatings() - 1,
                        config.classifyMinRatings()));
        lines.add(
                String.format(
                        Locale.ROOT,
                        "Limits: each provider is compared with the funnel of its category in its"
                                + " state, theta0 the category's share satisfied (overall %d or"
                                + " 5). Alert bands beyond |z| = %.2f (95 %%), significant"
                                + " bands beyond |z| = %.2f (99.8 %%), widened by the"
                                + " over-dispersion tau2; with tau2 = 0 and fewer than %d"
                                + " ratings, exact binomial tails. The score is shrunken towards"
                                + " the category with weight m; its interval runs from the"
                                + " %.0f %% to the %.0f %% quantile.",
                        config.satisfiedMinOverall(),
                        config.limits().alertZ(),
                        config.limits().significantZ(),
                        config.limits().exactBelowRatings(),
                        config.interval().lower() * 100,
                        config.interval().upper() * 100));
        lines.add(
                "Confirmation rule: a provider is named laggard (or good practice) only when it is"
                        + " significantly below (above) in this window, was at least below (above)"
                        + " one quarter earlier, and an admin recorded a field verification."
                        + " Until then it is counted as under review, without its name.");
        lines.add(
                String.format(
                        Locale.ROOT,
                        "Multiplicity: with I = %d providers compared, about 0.025 I = %.1f fall"
                                + " in each alert band and 0.001 I = %.1f in each significant"
                                + " band by chance alone.",
                        units,
                        0.025 * units,
                        0.001 * units));
        lines.add(
                "Inside the funnel means indistinguishable from the average; position inside it"
                        + " is not a rank. Counts of ratings are shown in bands of five; totals are"
                        + " rounded to the nearest five and withheld when they would reveal"
                        + " suppressed providers' ratings.");
        return lines;
    }
}
