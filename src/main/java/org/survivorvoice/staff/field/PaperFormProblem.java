package org.survivorvoice.staff.field;

import java.util.Map;

/**
 * What is wrong with one row of a paper-forms workbook: its row number as the spreadsheet shows it,
 * the column, and the text key of the reason with its values, worded in the reader's language by
 * the page.
 */
public record PaperFormProblem(
        int row, PaperFormColumn column, String key, Map<String, String> values) {

    public PaperFormProblem {
        values = Map.copyOf(values);
    }

    static PaperFormProblem of(int row, PaperFormColumn column, String reason) {
        return new PaperFormProblem(row, column, "field.paper.problem." + reason, Map.of());
    }
}
