package org.survivorvoice.reports.data;

import java.util.List;
import org.survivorvoice.common.time.Quarter;

/**
 * The admin's safety-desk workbook of a quarter: the per-district figures exactly as the quarterly
 * workbooks' Safety desk sheet publishes them, and the one view that names providers: per provider,
 * the cases whose signal named it. Counts only, at the sheet's published precision (rounded to
 * five, shares and medians gated): no text, nothing of a survivor, no phone.
 *
 * @param programmeName the programme, for the sheets' subtitle
 * @param period the quarter the cases opened in
 * @param generatedAt when the workbook was generated, programme time, to the minute
 * @param districts the Districts sheet (the funder edition's Safety desk sheet); its {@code
 *     asOfGeneration} says whether the quarter had not ended and the figures are provisional
 * @param providers one row per provider named by a case of the quarter, by district then name
 */
public record SafetyDeskWorkbookData(
        String programmeName,
        Quarter period,
        String generatedAt,
        SafetyDeskSheet districts,
        List<ProviderRow> providers) {

    public SafetyDeskWorkbookData {
        providers = List.copyOf(providers);
    }

    /** Whether the quarter had not ended: the figures stand at the generation and may change. */
    public boolean provisional() {
        return districts.asOfGeneration();
    }

    /**
     * One provider's figures at published precision.
     *
     * @param code the provider's code
     * @param name the provider's name
     * @param category the provider's category, by name
     * @param district the provider's district, by name
     * @param opened cases opened in the quarter that named it, rounded to five
     * @param moneyAsked of them, those where money or a favour was asked, rounded to five
     * @param contactedInTime share contacted within the deadline of its settled cases, in the steps
     *     of a survivor cell; null below the gate
     * @param medianHours median hours to the first contact, whole hours; null below the gate
     */
    public record ProviderRow(
            String code,
            String name,
            String category,
            String district,
            long opened,
            long moneyAsked,
            Double contactedInTime,
            Double medianHours) {}
}
