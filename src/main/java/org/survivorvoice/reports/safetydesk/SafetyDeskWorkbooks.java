package org.survivorvoice.reports.safetydesk;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.SafetyDeskWorkbookData;
import org.survivorvoice.reports.data.SafetyDeskWorkbookService;
import org.survivorvoice.reports.excel.SafetyDeskWorkbook;

/**
 * Produces the admin's safety-desk workbook of a quarter: the data read and audited once ({@link
 * SafetyDeskWorkbookService}), then written from that data alone. It is small (a row per district
 * and per named provider), so it is written in memory and hashed, and the download carries its
 * SHA-256 like the other workbook downloads.
 */
@ApplicationScoped
public class SafetyDeskWorkbooks {

    /** The workbook's media type. */
    public static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SafetyDeskWorkbookService service;
    private final SafetyDeskWorkbook writer;

    public SafetyDeskWorkbooks(SafetyDeskWorkbookService service, SafetyDeskWorkbook writer) {
        this.service = service;
        this.writer = writer;
    }

    /**
     * A written workbook.
     *
     * @param sha256 hex SHA-256 of the bytes
     * @param fileName {@code safety-desk-<quarter>.xlsx}
     */
    public record Download(byte[] bytes, String sha256, String fileName) {}

    /** The workbook of the quarter: 400 as {@link SafetyDeskWorkbookService#build} says. */
    public Download workbook(Quarter period) {
        SafetyDeskWorkbookData data = service.build(period);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        writer.write(data, out);
        byte[] bytes = out.toByteArray();
        return new Download(bytes, sha256(bytes), "safety-desk-" + data.period() + ".xlsx");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
