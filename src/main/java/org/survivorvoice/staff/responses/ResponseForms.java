package org.survivorvoice.staff.responses;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.error.Violation;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.response.NewResponse;
import org.survivorvoice.response.NewSelfAssessment;
import org.survivorvoice.response.ResponseChange;
import org.survivorvoice.response.ResponseStatus;
import org.survivorvoice.response.ResponseTheme;
import org.survivorvoice.response.SelfScores;

/**
 * The response page's forms read into the API's requests and checked by the same Bean Validation
 * rules as the API's bodies, so a form and a JSON body are refused alike (400 with the fields).
 */
final class ResponseForms {

    private ResponseForms() {}

    static NewResponse newResponse(
            Validator validator,
            String providerCode,
            String period,
            String theme,
            String actionText,
            String ownerRole,
            String dueDate) {
        List<Violation> more = new ArrayList<>();
        NewResponse request =
                new NewResponse(
                        providerCode,
                        period,
                        QueryParameters.enumValue("theme", ResponseTheme.class, theme),
                        actionText,
                        ownerRole,
                        date(dueDate, more));
        ResponseFormErrors.require(validator.validate(request), more);
        return request;
    }

    /** DONE, or DROPPED with the reason typed (blank when none, which the service refuses). */
    static ResponseChange statusChange(Validator validator, String status, String dropReason) {
        ResponseStatus next = QueryParameters.enumValue("status", ResponseStatus.class, status);
        String reason =
                next == ResponseStatus.DROPPED ? (dropReason == null ? "" : dropReason) : null;
        ResponseChange change = new ResponseChange(next, reason, null, null, null);
        ResponseFormErrors.require(validator.validate(change), List.of());
        return change;
    }

    static NewSelfAssessment selfAssessment(
            Validator validator, String providerCode, String period, List<String> answers) {
        NewSelfAssessment request =
                new NewSelfAssessment(
                        providerCode,
                        period,
                        new SelfScores(
                                QueryParameters.intValue("answers.overall", answers.get(0)),
                                QueryParameters.intValue("answers.dignity", answers.get(1)),
                                QueryParameters.intValue("answers.listened", answers.get(2)),
                                QueryParameters.intValue("answers.timeliness", answers.get(3)),
                                QueryParameters.intValue("answers.outcome", answers.get(4))));
        ResponseFormErrors.require(validator.validate(request), List.of());
        return request;
    }

    /** The page again after a form, with its district, quarter and what was done. */
    static String back(Long district, Quarter period, String done) {
        StringBuilder to = new StringBuilder("/staff/responses?done=").append(done);
        if (district != null) {
            to.append("&district=").append(district);
        }
        if (period != null) {
            to.append("&period=").append(period);
        }
        return to.toString();
    }

    private static LocalDate date(String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation("dueDate", "must be a date, e.g. 2027-01-31"));
            return null;
        }
    }
}
