package org.survivorvoice.staff.reports;

import java.util.List;

/**
 * What {@code /staff/reports} shows, ready to print: the summary of a released quarter from the
 * viewer's workbook data, the archive she may download, and what she may order.
 *
 * @param period the quarter summarised
 * @param periods the released quarters she may pick, newest first
 * @param edition key of the text naming the edition the figures come from
 * @param districtName the official's district; null otherwise
 * @param dataPeriod the quarters of the scores' rolling window, "oldest – newest"
 * @param figures the Summary sheet's figures, label key and printed value
 * @param bands providers the edition shows per band
 * @param underReview providers flagged and not yet verified, counted without names
 * @param goodPractice verified good-practice providers
 * @param laggards verified laggards
 * @param alerts officials only: providers of her district needing attention
 * @param archive the workbooks she may download, newest first
 * @param order what she may order; null when she may not order here (funders)
 */
public record ReportsView(
        String period,
        List<String> periods,
        String edition,
        String districtName,
        String dataPeriod,
        List<Figure> figures,
        List<BandRow> bands,
        long underReview,
        List<ProviderRow> goodPractice,
        List<ProviderRow> laggards,
        List<ProviderRow> alerts,
        List<ArchiveRow> archive,
        OrderForm order) {

    /**
     * The order form's choices.
     *
     * @param periods quarters she may order, newest first
     * @param admin whether she may pick the edition and any district
     * @param districts districts an admin may order an official edition of
     */
    public record OrderForm(List<String> periods, boolean admin, List<Choice> districts) {}

    /** A headline figure: the key of its label and its value as printed ("not shown" included). */
    public record Figure(String labelKey, String value) {}

    /** Providers in one band: the band's CSS class and label key. */
    public record BandRow(String cssClass, String labelKey, long providers) {}

    /** A provider a summary names. */
    public record ProviderRow(
            String code,
            String name,
            String category,
            String district,
            String cssClass,
            String bandKey) {}

    /** An archived workbook. */
    public record ArchiveRow(
            long id,
            String period,
            String audienceKey,
            String district,
            boolean provisional,
            String generatedAt,
            String size,
            String sha256) {}

    /** An option of a select. */
    public record Choice(String value, String label) {}
}
