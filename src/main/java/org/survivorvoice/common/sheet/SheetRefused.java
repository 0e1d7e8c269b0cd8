package org.survivorvoice.common.sheet;

/**
 * A workbook upload refused as a whole, before any row is looked at; {@link #reason()} says why in
 * a word each caller translates for its users.
 */
public final class SheetRefused extends RuntimeException {

    /** Why the whole file was refused. */
    public enum Reason {
        /** No bytes, or a workbook without a non-blank row. */
        EMPTY,
        /**
         * Not a zip archive, or not an Excel workbook inside (a password, a .xls, a picture...).
         */
        NOT_A_WORKBOOK,
        /** Its parts unpack to more than the limit: a zip bomb, or far more than one import. */
        TOO_LARGE_UNPACKED,
        /** More non-blank rows than the caller allows. */
        TOO_MANY_ROWS
    }

    private final Reason reason;

    public SheetRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    /** Why the file was refused. */
    public Reason reason() {
        return reason;
    }
}
