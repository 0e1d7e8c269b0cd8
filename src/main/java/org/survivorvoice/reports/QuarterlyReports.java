package org.survivorvoice.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.util.List;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportService;
import org.survivorvoice.reports.excel.QuarterlyWorkbookWriter;
import org.survivorvoice.reports.excel.WorkbookPicture;

/**
 * Produces one quarterly MIS workbook: its data in one read transaction, then the workbook written
 * from that data alone. Progress: the data is the first 40 per cent, the sheets the rest.
 */
@ApplicationScoped
public class QuarterlyReports {

    private static final int DATA_SHARE = 40;

    private final ReportService data;
    private final QuarterlyWorkbookWriter writer;

    public QuarterlyReports(ReportService data, QuarterlyWorkbookWriter writer) {
        this.data = data;
        this.writer = writer;
    }

    /** Writes the workbook of the request to the stream, which stays open. */
    public void write(ReportRequest request, OutputStream out, ReportProgress progress) {
        progress.reached(1);
        ReportData report = data.build(request);
        progress.reached(DATA_SHARE);
        List<WorkbookPicture> pictures = List.of();
        writer.write(
                report,
                pictures,
                out,
                percent -> progress.reached(DATA_SHARE + percent * (100 - DATA_SHARE) / 100));
    }
}
