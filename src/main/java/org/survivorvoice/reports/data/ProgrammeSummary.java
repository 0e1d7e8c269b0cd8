package org.survivorvoice.reports.data;

import java.util.List;
import org.survivorvoice.scoring.method.Band;

/**
 * The headline figures of one released quarter as one viewer's workbook states them: taken from
 * that workbook's {@link ReportData}, so a page shows nothing the viewer's workbook may not. A
 * funder's summary has no BELOW band, no comment and no unnamed flagged provider; an official's
 * covers her district.
 *
 * @param period the quarter
 * @param audience whose edition the figures come from
 * @param districtName the district of an official edition, null for the funder edition
 * @param dataPeriod the rolling window the scores cover
 * @param summary the Summary sheet's figures
 * @param bands providers the edition shows, counted per band, worst band first
 * @param underReview providers flagged but not verified, counted without names
 * @param goodPractice verified good-practice providers
 * @param laggards verified laggards
 * @param alerts officials only: providers of her district in band BELOW or flagged and unverified
 */
public record ProgrammeSummary(
        String period,
        Audience audience,
        String districtName,
        String dataPeriod,
        ReportData.Summary summary,
        List<BandCount> bands,
        long underReview,
        List<NamedProvider> goodPractice,
        List<NamedProvider> laggards,
        List<NamedProvider> alerts) {

    public ProgrammeSummary {
        bands = List.copyOf(bands);
        goodPractice = List.copyOf(goodPractice);
        laggards = List.copyOf(laggards);
        alerts = List.copyOf(alerts);
    }

    /** How many providers of the edition have the band. */
    public record BandCount(Band band, long providers) {}

    /** A provider a summary names, with the category's name (not its code). */
    public record NamedProvider(
            String code, String name, String category, String district, Band band) {}
}
