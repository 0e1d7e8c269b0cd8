package org.survivorvoice.provider;

import java.util.List;
import java.util.Map;
import org.survivorvoice.common.error.InvalidInputException;

/**
 * A provider file, form or request that cannot be accepted (400), with its reasons kept apart from
 * their English text so that a page can say them in the user's language: what is wrong with the
 * whole (with its values) and each field's problem.
 */
public class ProviderInputException extends InvalidInputException {

    private final ProviderProblem problem;
    private final transient Map<String, String> values;
    private final transient List<ProviderFieldProblem> fields;

    public ProviderInputException(
            ProviderProblem problem,
            Map<String, String> values,
            List<ProviderFieldProblem> fields) {
        super(
                problem.english(values),
                fields.stream().map(ProviderFieldProblem::violation).toList());
        this.problem = problem;
        this.values = Map.copyOf(values);
        this.fields = List.copyOf(fields);
    }

    /** A file that cannot be read at all. */
    static ProviderInputException file(ProviderProblem problem, Map<String, String> values) {
        return new ProviderInputException(problem, values, List.of());
    }

    /** A form or request with invalid fields. */
    static ProviderInputException fields(List<ProviderFieldProblem> fields) {
        return new ProviderInputException(ProviderProblem.INVALID_FIELDS, Map.of(), fields);
    }

    /** What is wrong with the file, form or request as a whole. */
    public ProviderProblem problem() {
        return problem;
    }

    /** The values of {@link #problem()}'s text. */
    public Map<String, String> values() {
        return values;
    }

    /** Each field's problem, in the order of the rows and columns. */
    public List<ProviderFieldProblem> fields() {
        return fields;
    }
}
