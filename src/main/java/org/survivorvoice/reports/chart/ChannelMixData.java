package org.survivorvoice.reports.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.survivorvoice.common.time.Quarter;

/**
 * How ratings arrived in a quarter, as shares of all valid ratings, through disclosure control.
 *
 * @param period the quarter
 * @param scope what the shares cover, e.g. a district's name
 * @param shares one per channel
 */
public record ChannelMixData(Quarter period, String scope, List<Share> shares) {

    public ChannelMixData {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        shares = List.copyOf(shares);
    }

    /**
     * Shares from exact counts per channel, through disclosure control: a share is withheld for a
     * channel with 1 to {@code minCell - 1} ratings (a share of 0 is published: it concerns
     * nobody), and when exactly one channel is withheld so, the smallest published one is withheld
     * too, so the small one cannot be recovered as 100 % minus the rest. All shares are withheld
     * when the whole quarter has fewer than {@code minCell} ratings.
     *
     * @param counts exact valid ratings per channel name, in the order to draw
     * @param minCell the suppression gate, 11
     */
    public static ChannelMixData of(
            Quarter period, String scope, Map<String, Long> counts, int minCell) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Set<String> withheld = new HashSet<>();
        counts.forEach(
                (channel, n) -> {
                    if (n > 0 && n < minCell) {
                        withheld.add(channel);
                    }
                });
        if (withheld.size() == 1) {
            counts.entrySet().stream()
                    .filter(e -> e.getValue() >= minCell)
                    .min(Map.Entry.comparingByValue())
                    .ifPresent(e -> withheld.add(e.getKey()));
        }
        List<Share> shares = new ArrayList<>();
        if (total == 0) {
            return new ChannelMixData(period, scope, shares);
        }
        for (var e : counts.entrySet()) {
            boolean hidden = total < minCell || withheld.contains(e.getKey());
            shares.add(new Share(e.getKey(), hidden ? null : 100.0 * e.getValue() / total));
        }
        return new ChannelMixData(period, scope, shares);
    }

    /**
     * One channel.
     *
     * @param channel the channel's name, e.g. SMS
     * @param percent share of the quarter's valid ratings, or null when withheld (too few ratings
     *     through the channel, or needed to protect one that has too few)
     */
    public record Share(String channel, Double percent) {
        public Share {
            Objects.requireNonNull(channel, "channel");
        }
    }
}
