package org.survivorvoice.staff.responses;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * What the response page of a district and quarter shows, every value ready to print: the providers
 * that need a response, the district's responses, and the form values kept after a refused form.
 *
 * @param today the programme's date, the earliest due date the forms offer
 * @param selfAssessment whether the viewer may record self-assessments (admins)
 */
@TemplateData
public record ResponsesPage(
        long districtId,
        String district,
        String period,
        List<String> periods,
        List<NeedRow> needs,
        List<ResponseRow> responses,
        List<String> themes,
        String today,
        boolean selfAssessment) {

    /** The five questions of a self-assessment, as the form names them. */
    public List<String> questions() {
        return List.of("overall", "dignity", "listened", "timeliness", "outcome");
    }

    /** The answers a question offers. */
    public List<Integer> scale() {
        return List.of(1, 2, 3, 4, 5);
    }

    /**
     * A provider needing a response; the form values are the ones she typed when her form was
     * refused, else empty.
     *
     * @param bandKey the text key of its band; null when only alerts call for a response
     * @param days days waiting when unanswered, days it took when answered
     */
    @TemplateData
    public record NeedRow(
            String code,
            String name,
            String category,
            String bandKey,
            String bandCss,
            int alerts,
            boolean answered,
            long days,
            String theme,
            String action,
            String owner,
            String due) {}

    /**
     * A response of the district: of the quarter, or still PLANNED from an earlier one.
     *
     * @param changedOn the day it was done or dropped, in the programme's time zone
     * @param reason the drop reason, or the one typed into a refused drop form
     */
    @TemplateData
    public record ResponseRow(
            long id,
            String code,
            String name,
            String period,
            String theme,
            String action,
            String owner,
            String due,
            String status,
            boolean planned,
            String changedOn,
            String reason) {}
}
