package org.survivorvoice.reports.chart;

import java.util.EnumSet;
import java.util.Set;
import org.survivorvoice.scoring.method.Band;

/**
 * How a provider is drawn: its band, or {@link #UNDER_REVIEW} where the viewer may not learn an
 * unverified flag (funders, as in the scores API). Declared in the order of the evidence, never a
 * rank.
 */
public enum ChartBand {
    /** Below the 99.8 % limit. */
    SIGNIFICANTLY_BELOW("Significantly below (99.8 %)", "B2182B"),
    /** Between the 95 % and 99.8 % limits below: an internal alert. */
    BELOW("Below (95 %)", "F4A582"),
    /** Inside the 95 % limits. */
    WITHIN("Within", "F7F7F7"),
    /** Between the 95 % and 99.8 % limits above. */
    ABOVE("Above (95 %)", "92C5DE"),
    /** Above the 99.8 % limit. */
    SIGNIFICANTLY_ABOVE("Significantly above (99.8 %)", "2166AC"),
    /** 11 to 19 ratings: a shrunken score, no verdict. */
    INSUFFICIENT_DATA("Insufficient data", "E0E0E0"),
    /** Flagged but not yet named by the confirmation rule; shown so to funders. */
    UNDER_REVIEW("Under review", "6B7280");

    private static final Set<ChartBand> OUTSIDE_ALERT_LIMITS =
            EnumSet.of(SIGNIFICANTLY_BELOW, BELOW, ABOVE, SIGNIFICANTLY_ABOVE);

    private final String label;
    private final String rgb;

    ChartBand(String label, String rgb) {
        this.label = label;
        this.rgb = rgb;
    }

    /** The band as stored by scoring. */
    public static ChartBand of(Band band) {
        return valueOf(band.name());
    }

    /** Legend text, also the key of the band's series in a chart dataset. */
    public String label() {
        return label;
    }

    /**
     * Fill colour as RGB hex: the fills of the template's band styles (RdBu, colour-blind-safe and
     * readable in grey), so a band looks the same in a chart and in a workbook cell.
     */
    public String rgb() {
        return rgb;
    }

    /** Whether the band lies outside the 95 % limits, where funnel points may carry a label. */
    public boolean outsideAlertLimits() {
        return OUTSIDE_ALERT_LIMITS.contains(this);
    }
}
