package org.survivorvoice.outreach.results;

/**
 * What one run of a quarter's results did: contacts created, of which queued to go now, waiting for
 * her safe hours, and skipped (withheld share, or a gate said no). Counts only, for the log.
 */
public record ResultsRun(int created, int queued, int waiting, int skipped) {

    /** A run that created nothing (not released yet, no longer valid, or switched off). */
    public static final ResultsRun NONE = new ResultsRun(0, 0, 0, 0);
}
