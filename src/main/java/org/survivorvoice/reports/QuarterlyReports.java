package org.survivorvoice.reports;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.util.List;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.chart.ChartService;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportProgress;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.reports.data.ReportService;
import org.survivorvoice.reports.data.ReportsConfig;
import org.survivorvoice.reports.excel.QuarterlyWorkbookWriter;
import org.survivorvoice.reports.excel.WorkbookPicture;
import org.survivorvoice.scoring.ScoringService;

/**
 * Produces one quarterly MIS workbook: the scores of the quarter and of the quarters its Trends
 * sheet looks back on brought up to date (a released quarter is frozen, so this changes nothing
 * there and regenerating it gives the same numbers), its data in one read transaction, its charts
 * for the same edition, then the workbook written from those alone. Progress: data and charts are
 * the first 40 per cent, the sheets the rest. Each workbook logs how long each step took (the
 * edition's audience and quarter and durations only), so an operator sees which step a slow
 * workbook spends its time in.
 */
@ApplicationScoped
public class QuarterlyReports {

    private static final int DATA_SHARE = 40;

    private final ReportService data;
    private final QuarterlyWorkbookWriter writer;
    private final WorkbookCharts charts;
    private final ScoringService scoring;
    private final ReportsConfig config;

    public QuarterlyReports(
            ReportService data,
            QuarterlyWorkbookWriter writer,
            ChartService charts,
            ScoringService scoring,
            ReportsConfig config) {
        this.scoring = scoring;
        this.config = config;
        this.data = data;
        this.writer = writer;
        this.charts = new WorkbookCharts(charts);
    }

    /** Writes the workbook of the request to the stream, which stays open. */
    public void write(ReportRequest request, OutputStream out, ReportProgress progress) {
        long started = System.nanoTime();
        progress.reached(1);
        Quarter first = request.period();
        for (int i = 1; i < config.trendQuarters(); i++) {
            first = first.previous();
        }
        for (Quarter q = first; q.compareTo(request.period()) <= 0; q = q.next()) {
            scoring.refresh(q);
        }
        progress.reached(DATA_SHARE / 4);
        long scored = System.nanoTime();
        ReportData report = data.build(request);
        progress.reached(DATA_SHARE / 2);
        long built = System.nanoTime();
        List<WorkbookPicture> pictures = charts.draw(report);
        progress.reached(DATA_SHARE);
        long drawn = System.nanoTime();
        writer.write(
                report,
                pictures,
                out,
                percent -> progress.reached(DATA_SHARE + percent * (100 - DATA_SHARE) / 100));
        long written = System.nanoTime();
        Log.infof(
                "Workbook %s %s: scores checked in %d ms, data read in %d ms, charts drawn in %d"
                        + " ms, sheets written in %d ms",
                request.audience(),
                request.period(),
                (scored - started) / 1_000_000,
                (built - scored) / 1_000_000,
                (drawn - built) / 1_000_000,
                (written - drawn) / 1_000_000);
    }
}
