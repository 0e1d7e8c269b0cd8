package org.survivorvoice.reports.excel;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A workbook written in memory for one download (the meeting pack, the safety-desk workbook), with
 * the SHA-256 its answer carries like an archived workbook's.
 *
 * @param sha256 lower-case hex SHA-256 of the bytes
 * @param fileName the name the download is saved under
 */
public record WorkbookDownload(byte[] bytes, String sha256, String fileName) {

    /** The workbooks' media type. */
    public static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The download of these bytes under this name, hashed. */
    public static WorkbookDownload of(byte[] bytes, String fileName) {
        try {
            String sha256 =
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new WorkbookDownload(bytes, sha256, fileName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
