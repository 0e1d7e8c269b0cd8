package org.survivorvoice.reports.safetydesk;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.SafetyDeskWorkbookData;
import org.survivorvoice.reports.data.SafetyDeskWorkbookService;
import org.survivorvoice.reports.excel.SafetyDeskWorkbook;
import org.survivorvoice.reports.excel.WorkbookDownload;

/**
 * Produces the admin's safety-desk workbook of a quarter: the data read and audited once ({@link
 * SafetyDeskWorkbookService}), then written from that data alone. It is small (a row per district
 * and per named provider), so it is written in memory and hashed, and the download carries its
 * SHA-256 like the other workbook downloads.
 */
@ApplicationScoped
public class SafetyDeskWorkbooks {

    private final SafetyDeskWorkbookService service;
    private final SafetyDeskWorkbook writer;

    public SafetyDeskWorkbooks(SafetyDeskWorkbookService service, SafetyDeskWorkbook writer) {
        this.service = service;
        this.writer = writer;
    }

    /** The workbook of the quarter: 400 as {@link SafetyDeskWorkbookService#build} says. */
    public WorkbookDownload workbook(Quarter period) {
        SafetyDeskWorkbookData data = service.build(period);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        writer.write(data, out);
        byte[] bytes = out.toByteArray();
        return WorkbookDownload.of(bytes, "safety-desk-" + data.period() + ".xlsx");
    }
}
