package org.survivorvoice.reports.data;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Settings of the MIS workbooks under {@code survivor-voice.reports.*} (design/REPORTS.md). */
@ConfigMapping(prefix = "survivor-voice.reports")
public interface ReportsConfig {

    /**
     * A folder holding rebranded templates ({@code quarterly-mis.xlsx}); when absent, or when the
     * folder lacks a template, the template shipped in the jar is used.
     */
    Optional<Path> templateDir();

    /** The programme's name on every workbook cover. */
    @WithDefault("Survivor Voice")
    String programmeName();

    /**
     * A rounded total is withheld when, read together with the listed providers' bands (and last
     * quarter's published figures), it leaves fewer possible values than this for the suppressed
     * providers' summed ratings (secondary suppression, SAFETY S2).
     */
    @WithDefault("5")
    int minCandidates();

    /** How many quarters the Trends sheet covers, ending with the reported one. */
    @WithDefault("6")
    int trendQuarters();
}
