package org.survivorvoice.reports.excel;

import java.util.List;

/**
 * The contract of {@code reports-templates/quarterly-mis.xlsx}: the named cells the quarterly
 * workbook fills on its cover, and the named styles every sheet takes its look from. Organisations
 * rebrand the workbook by editing the template (fonts, colours, logo), never code; the names here
 * must stay. {@code reports-templates/README.md} lists them for template editors.
 */
public final class QuarterlyTemplate {

    /** Classpath location of the template inside the jar. */
    public static final String RESOURCE = "reports-templates/quarterly-mis.xlsx";

    /** The cover sheet holding the named cells. */
    public static final String COVER_SHEET = "Cover";

    /** The hidden sheet holding one sample cell per named style. */
    public static final String STYLES_SHEET = "Styles";

    /**
     * Prefix of a style's defined name: the style {@code Header} is the cell named {@code
     * Style_Header}.
     */
    public static final String STYLE_PREFIX = "Style_";

    /** Named cells of the cover, filled for each workbook. */
    public static final List<String> COVER_CELLS =
            List.of(
                    "ProgrammeName",
                    "Period",
                    "Audience",
                    "GeneratedAt",
                    "DataPeriodNote",
                    "ProvisionalNote",
                    "ContentsStart",
                    "LogoSlot");

    /** Named styles; each sheet's cells copy the look of these. */
    public static final List<String> STYLES =
            List.of(
                    "Title",
                    "Subtitle",
                    "Header",
                    "Text",
                    "Number",
                    "Percent",
                    "Note",
                    "Provisional",
                    "BandSignificantlyBelow",
                    "BandBelow",
                    "BandWithin",
                    "BandAbove",
                    "BandSignificantlyAbove",
                    "BandInsufficientData");

    private QuarterlyTemplate() {}
}
