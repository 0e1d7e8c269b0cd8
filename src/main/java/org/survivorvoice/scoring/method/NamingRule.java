package org.survivorvoice.scoring.method;

import java.util.Set;

/**
 * The confirmation rule of SCORING.md: a provider is named laggard (good practice) only if it is
 * SIGNIFICANTLY_BELOW (ABOVE) in this window, was at least BELOW (ABOVE) in the window one quarter
 * earlier, and an admin recorded a verified field review. One significant quarter is expected by
 * chance for about 0.1 % of providers; two consecutive flagged windows and a field visit make a
 * wrongly named provider rare. Pure: no database.
 */
public final class NamingRule {

    private static final Set<Band> AT_LEAST_BELOW = Set.of(Band.BELOW, Band.SIGNIFICANTLY_BELOW);
    private static final Set<Band> AT_LEAST_ABOVE = Set.of(Band.ABOVE, Band.SIGNIFICANTLY_ABOVE);

    private NamingRule() {}

    /** Whether the evidence names the provider with the label. */
    public static boolean named(Band current, Band previous, ReviewLabel label, boolean verified) {
        if (!verified || current != label.requiredBand() || previous == null) {
            return false;
        }
        return label == ReviewLabel.LAGGARD
                ? AT_LEAST_BELOW.contains(previous)
                : AT_LEAST_ABOVE.contains(previous);
    }

    /** Whether the provider may be named with some label: its band is a significant one. */
    public static boolean flagged(Band current) {
        return current == Band.SIGNIFICANTLY_BELOW || current == Band.SIGNIFICANTLY_ABOVE;
    }
}
