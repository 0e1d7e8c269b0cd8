package org.survivorvoice.scoring.disclosure;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.RankInterval;
import org.survivorvoice.scoring.method.ScoringParameters;

/**
 * The one disclosure policy of design/SCORING.md: what a viewer may see of a provider and of a
 * survivor cell, and at what precision. The scores API, the charts, the workbooks and the staff
 * pages all ask here; none of them decides on its own. Pure: no CDI, no database.
 *
 * <ul>
 *   <li>Provider figures are published at the precision of {@link PublishedPrecision} and change
 *       only by {@link PublishedRelease#next release increments}.
 *   <li>Funders see a flagged provider (BELOW or significant) only as under review until the
 *       confirmation rule names it, and never last quarter's unnamed flag.
 *   <li>Counts per provider are bands of five, totals are rounded to five ({@link DisclosureGate}).
 *   <li>Shares of survivor cells (pooled ratings of a category and district) are withheld below the
 *       suppression gate and rounded so that the cell's ratings band leaves at least k pairs.
 *   <li>Where a ranking is shown, it is a rank interval ("rank 3-11 of 40"), never a point rank,
 *       computed from the published figures alone ({@link #rankIntervals}, {@link PublishedRanks}).
 * </ul>
 */
public final class DisclosurePolicy {

    /** Bands a funder sees only as under review unless the provider is named. */
    public static final Set<Band> FLAGGED =
            EnumSet.of(Band.BELOW, Band.SIGNIFICANTLY_BELOW, Band.SIGNIFICANTLY_ABOVE);

    /** Steps a survivor cell's share may be published at, finest first. */
    private static final double[] SHARE_STEPS = {0.01, 0.02, 0.05, 0.10, 0.20, 0.50};

    private DisclosurePolicy() {}

    /** Whether a band is a flag that funders see only once the provider is named. */
    public static boolean isFlagged(Band band) {
        return FLAGGED.contains(band);
    }

    /** Whether the viewer may see the provider (and its band) at all, rather than under review. */
    public static boolean showsProvider(Viewer viewer, Band publishedBand, boolean named) {
        return viewer.seesFlags() || !isFlagged(publishedBand) || named;
    }

    /** The band the viewer sees, or empty when the provider is shown only as under review. */
    public static Optional<Band> visibleBand(Viewer viewer, Band publishedBand, boolean named) {
        return showsProvider(viewer, publishedBand, named)
                ? Optional.of(publishedBand)
                : Optional.empty();
    }

    /**
     * Last quarter's band as the viewer may see it: a funder must not learn last quarter's flag
     * either, so for her only WITHIN and ABOVE remain, unless the provider is named now (the
     * confirmation rule rests on that earlier flag); null when nothing may be shown.
     */
    public static Band visiblePreviousBand(Viewer viewer, Band previous, boolean named) {
        if (previous == null) {
            return null;
        }
        if (!viewer.seesFlags() && !named && previous != Band.WITHIN && previous != Band.ABOVE) {
            return null;
        }
        return previous;
    }

    /** Which way a provider moved since last quarter, comparing bands worst to best. */
    public enum Change {
        UP,
        DOWN,
        SAME,
        /** No band to compare: new, insufficient data either time, or not visible last quarter. */
        NONE
    }

    /** The change since last quarter between two bands the viewer may see. */
    public static Change change(Band current, Band previous) {
        if (previous == null
                || current == null
                || current == Band.INSUFFICIENT_DATA
                || previous == Band.INSUFFICIENT_DATA) {
            return Change.NONE;
        }
        int diff = Integer.compare(current.ordinal(), previous.ordinal());
        return diff > 0 ? Change.UP : diff < 0 ? Change.DOWN : Change.SAME;
    }

    /**
     * SQL ordering of a band column, worst band first and INSUFFICIENT_DATA last: the order of the
     * evidence, never a rank.
     */
    public static String bandOrderSql(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (Band band : Band.values()) {
            sql.append(" WHEN '").append(band.name()).append("' THEN ").append(band.ordinal());
        }
        return sql.append(" ELSE ").append(Band.values().length).append(" END").toString();
    }

    /** A provider's count as published: its band of five, {@code "20-24"}. */
    public static String ratingsBand(long n) {
        return DisclosureGate.countBand(n);
    }

    /** A district or category total as published: rounded to the nearest five. */
    public static long roundedTotal(long total) {
        return DisclosureGate.roundTotal(total);
    }

    /**
     * The published share of a survivor cell (x of n pooled ratings), or empty below the
     * suppression gate. The step is the finest of whole percents, 2, 5, 10, 20 and 50 % that is at
     * least twice the spacing 1/n of the cell's smallest possible count (its band of five), so
     * every count of the band has at least two counts x that round to the published value: even a
     * reader who knew the cell's ratings band keeps at least k pairs.
     */
    public static Optional<Double> cellShare(long n, long x, int minRatings) {
        if (n < minRatings || n < 1) {
            return Optional.empty();
        }
        long lowest = Math.max(n / 5 * 5, minRatings);
        double step = SHARE_STEPS[SHARE_STEPS.length - 1];
        for (double candidate : SHARE_STEPS) {
            if (candidate >= 2.0 / lowest) {
                step = candidate;
                break;
            }
        }
        double share = (double) x / n;
        return Optional.of(Math.round(Math.round(share / step) * step * 100) / 100.0);
    }

    /**
     * A group's theta0 as published: three decimals. It is not a survivor cell (it pools the whole
     * category), and the k rule of provider figures holds even for a reader who knows it exactly.
     */
    public static Double theta0(Double theta0) {
        return theta0 == null || theta0.isNaN() ? null : Math.round(theta0 * 1000) / 1000.0;
    }

    /** A group's tau2 as published: five decimals (tau2 is typically 0.001 to 0.05). */
    public static double tau2(double tau2) {
        return Math.round(tau2 * 100_000) / 100_000.0;
    }

    /** A group's prior weight m as published: one decimal. */
    public static double priorWeight(double m) {
        return Math.round(m * 10) / 10.0;
    }

    /**
     * A provider's dimension score as published, or empty where the dimension is a cell under the
     * suppression gate: fewer than {@code minRatings} ratings answered it, or fewer than {@code
     * minRatings} distinct raters gave those answers (design/SCORING.md: no percentage for a cell
     * with n &lt; 11). The provider being past the gate says nothing about a dimension: a rating
     * may answer only the overall question, so one fully answered rating among twenty would
     * otherwise publish that survivor's own answers ("Treated with dignity 100"). Past the gate the
     * mean answer (1 to 5) is mapped to 0-1 and rounded to 5 %.
     */
    public static Optional<Double> dimensionScore(DimensionAnswers answers, int minRatings) {
        if (answers.mean() == null
                || answers.answers() < minRatings
                || answers.raters() < minRatings) {
            return Optional.empty();
        }
        return Optional.of(rounded(answers.mean()));
    }

    private static double rounded(double mean) {
        return Math.round((mean - 1) / 4 * 20) / 20.0;
    }

    /** A fraction rounded to a whole percent, the precision pages and workbooks show. */
    public static double percent(double fraction) {
        return PublishedPrecision.percent(fraction);
    }

    /**
     * The rank intervals of one comparison group (the providers past the suppression gate of one
     * category and comparison area), computed from their published figures only, so that they
     * reveal nothing a reader of those figures could not work out; see {@link PublishedRanks} for
     * the construction and why.
     *
     * @param group the published figures of every provider of the group, by provider code
     * @param m the group's prior weight (used at its published precision)
     * @param period the period, which seeds the draws
     */
    public static Map<String, RankInterval> rankIntervals(
            Map<String, PublishedFigures> group,
            double m,
            Quarter period,
            ScoringParameters params) {
        return PublishedRanks.of(group, m, period, params);
    }
}
