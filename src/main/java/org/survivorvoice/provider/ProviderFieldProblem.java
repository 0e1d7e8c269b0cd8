package org.survivorvoice.provider;

import java.util.Map;
import org.survivorvoice.common.error.Violation;

/**
 * One field that cannot be accepted: its row in an uploaded file (null for a form or JSON body),
 * the field (a column of the file), the reason with its values, and the English message the API
 * answers.
 */
public record ProviderFieldProblem(
        Integer row,
        String field,
        ProviderProblem problem,
        Map<String, String> values,
        String message) {

    public ProviderFieldProblem {
        values = Map.copyOf(values);
    }

    /** A problem of a field, with the English text of the reason. */
    public static ProviderFieldProblem of(String field, ProviderProblem problem) {
        return of(field, problem, Map.of());
    }

    /** A problem of a field, with the English text of the reason and its values. */
    public static ProviderFieldProblem of(
            String field, ProviderProblem problem, Map<String, String> values) {
        return new ProviderFieldProblem(null, field, problem, values, problem.english(values));
    }

    /** The same problem in a row of a file. */
    public ProviderFieldProblem atRow(int number) {
        return new ProviderFieldProblem(number, field, problem, values, message);
    }

    /** The problem as the API lists it. */
    public Violation violation() {
        return new Violation(row, field, message);
    }
}
