package org.survivorvoice.demo;

/**
 * How big a generated demo programme is.
 *
 * @param providers number of providers (at least one per category; at most 50,000, so that random
 *     codes are found among the 90,000 code bodies without long searches)
 * @param survivors number of enrolled survivors
 * @param ratings number of ratings, verified and unverified together
 */
public record DemoSize(int providers, int survivors, int ratings) {

    /** The programme loaded in dev mode: about what two state programmes gather in 18 months. */
    public static final DemoSize DEMO = new DemoSize(300, 1_000, 20_000);

    /** The load benchmark: a national roll-out's worth of providers and a million ratings. */
    public static final DemoSize BENCHMARK = of(10_000, 1_000_000);

    /** Largest number of providers; the code space has 90,000 bodies. */
    public static final int MAX_PROVIDERS = 50_000;

    public DemoSize {
        if (providers < ProviderCategoryCode.values().length || providers > MAX_PROVIDERS) {
            throw new IllegalArgumentException(
                    "providers must be from 8 (one per category) to " + MAX_PROVIDERS);
        }
        if (survivors < 1) {
            throw new IllegalArgumentException("survivors must be at least 1");
        }
        if (ratings < 0) {
            throw new IllegalArgumentException("ratings must not be negative");
        }
    }

    /** A size with as many survivors as the demo preset has per rating (one per 20 ratings). */
    public static DemoSize of(int providers, int ratings) {
        return new DemoSize(providers, Math.max(1, ratings / 20), ratings);
    }
}
