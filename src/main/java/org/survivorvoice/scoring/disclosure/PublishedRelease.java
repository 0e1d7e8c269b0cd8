package org.survivorvoice.scoring.disclosure;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * A provider's published figures in one quarter with their release state (design/SCORING.md,
 * "Release increments").
 *
 * @param figures what is published
 * @param since the quarter in which these figures were first published ({@code 2026-Q2})
 * @param enteredSinceChange valid ratings that entered the provider's window after {@code since}
 * @param unchanged true when the figures repeat an earlier quarter's because too few new ratings
 *     entered the window
 */
public record PublishedRelease(
        PublishedFigures figures, String since, long enteredSinceChange, boolean unchanged) {

    /** Fewest new ratings in a window that let a provider's published figures change. */
    public static final int MIN_NEW_RATINGS = 5;

    /**
     * This quarter's release: the fresh figures when there is nothing to repeat or at least {@link
     * #MIN_NEW_RATINGS} ratings entered the window since the previous figures were set; otherwise
     * the previous figures again, so that no single new rating can be differenced out by someone
     * who knows who visited.
     *
     * @param previous last quarter's release of the provider, or null when it was not listed
     * @param fresh the figures computed from this quarter's window
     * @param entered valid ratings of this quarter (the quarter that entered the window)
     * @param period this quarter
     */
    public static PublishedRelease next(
            PublishedRelease previous, PublishedFigures fresh, long entered, String period) {
        return next(previous, fresh, entered, period, () -> Integer.MAX_VALUE);
    }

    /**
     * As {@link #next(PublishedRelease, PublishedFigures, long, String)}, and the figures are also
     * held while a reader of both releases would be left with fewer than {@link
     * PublishedPrecision#MIN_CANDIDATES} pairs for the new ones ({@code jointPairs}, asked only
     * when the figures would change; see {@link #jointPairs}).
     */
    public static PublishedRelease next(
            PublishedRelease previous,
            PublishedFigures fresh,
            long entered,
            String period,
            IntSupplier jointPairs) {
        if (entered < 0) {
            throw new IllegalArgumentException("entered must not be negative");
        }
        if (previous == null) {
            return new PublishedRelease(fresh, period, 0, false);
        }
        long since = previous.enteredSinceChange + entered;
        if (since < MIN_NEW_RATINGS
                || (!fresh.equals(previous.figures)
                        && jointPairs.getAsInt() < PublishedPrecision.MIN_CANDIDATES)) {
            return new PublishedRelease(previous.figures, previous.since, since, true);
        }
        return new PublishedRelease(fresh, period, 0, false);
    }

    /**
     * How many pairs of a new release a reader of it and of the earlier one is left with, when she
     * knows that nothing left the window (the strongest case: a provider's first year) and, from
     * the release rule, that at least five ratings entered it: a later pair needs an earlier one
     * with at least five fewer ratings and no more satisfied or dissatisfied ones.
     *
     * @param later pairs consistent with the new figures alone
     * @param earlier pairs consistent with the figures they replace
     */
    public static int jointPairs(List<long[]> later, List<long[]> earlier) {
        int left = 0;
        for (long[] p : later) {
            for (long[] q : earlier) {
                if (p[0] - q[0] >= MIN_NEW_RATINGS && p[1] >= q[1] && p[0] - p[1] >= q[0] - q[1]) {
                    left++;
                    break;
                }
            }
        }
        return left;
    }
}
