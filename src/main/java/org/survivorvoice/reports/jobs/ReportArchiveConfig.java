package org.survivorvoice.reports.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where finished workbooks are kept and how many are written at once. */
@ConfigMapping(prefix = "survivor-voice.report-archive")
public interface ReportArchiveConfig {

    /**
     * Folder of the archived workbooks. With several replicas it must be a shared volume; the
     * database row of each workbook carries its SHA-256, so a damaged copy is detected on download.
     */
    @WithDefault("data/reports")
    Path dir();

    /**
     * Workbooks written at the same time. Each worker holds one workbook's data in memory, so more
     * workers need more heap.
     */
    @WithDefault("1")
    int workers();

    /** When the quarter's workbooks are generated once its release delay has passed. */
    @WithDefault("0 0 3 * * ?")
    String releaseCron();
}
