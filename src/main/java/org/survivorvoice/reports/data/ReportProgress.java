package org.survivorvoice.reports.data;

/** Receives the progress of a long report, 0 to 100, never decreasing. */
@FunctionalInterface
public interface ReportProgress {

    /** Progress that nobody watches. */
    ReportProgress IGNORED = percent -> {};

    /** The work is {@code percent} per cent done. */
    void reached(int percent);
}
