package org.survivorvoice.reports.chart;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.survivorvoice.common.time.Quarter;

/**
 * How many providers of each category fall in each band, for one quarter and scope.
 *
 * @param period the reported quarter
 * @param scope what the counts cover, e.g. a district's name or "All districts"
 * @param categories one entry per category with scored or suppressed providers
 */
public record CategoryOverviewData(Quarter period, String scope, List<Category> categories) {

    public CategoryOverviewData {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        categories = List.copyOf(categories);
    }

    /**
     * One category.
     *
     * @param name the category as titled
     * @param providers providers per band; bands without providers may be absent
     * @param suppressedUnits providers with too few ratings to be scored, counted only
     */
    public record Category(String name, Map<ChartBand, Integer> providers, int suppressedUnits) {

        public Category {
            Objects.requireNonNull(name, "name");
            providers = Map.copyOf(providers);
        }

        /** Providers in the band, 0 when none. */
        public int count(ChartBand band) {
            return providers.getOrDefault(band, 0);
        }
    }
}
