package org.survivorvoice.staff.providers;

import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.survivorvoice.provider.ProviderFieldProblem;
import org.survivorvoice.provider.ProviderInputException;
import org.survivorvoice.provider.ProviderProblem;
import org.survivorvoice.staff.StaffPages;

/**
 * What a provider file or form got wrong, in the page's language: a headline for the whole and one
 * line per field (its row in the file, the column and the reason), from the reasons {@link
 * ProviderInputException} keeps apart from the API's English.
 */
@TemplateData
public record ProblemList(String headline, List<Line> lines, Map<String, String> byField) {

    /** One field's problem: row (null in a form), column label and reason, in the page language. */
    @TemplateData
    public record Line(Integer row, String column, String reason) {}

    /** The problems of a refused file or form. */
    static ProblemList of(ProviderInputException refused, StaffPages pages) {
        String headline =
                pages.text("providers.problem." + key(refused.problem()), refused.values());
        Map<String, String> byField = new LinkedHashMap<>();
        List<Line> lines =
                refused.fields().stream()
                        .map(
                                p -> {
                                    String reason = reason(p, pages);
                                    byField.putIfAbsent(p.field(), reason);
                                    return new Line(p.row(), column(p.field(), pages), reason);
                                })
                        .toList();
        return new ProblemList(headline, lines, byField);
    }

    /** A problem of the whole only: no field lines. */
    static ProblemList only(String headline) {
        return new ProblemList(headline, List.of(), Map.of());
    }

    private static String reason(ProviderFieldProblem problem, StaffPages pages) {
        String text = pages.text("providers.reason." + key(problem.problem()), problem.values());
        // a rule without a reason of its own keeps the API's English words
        return problem.problem() == ProviderProblem.OTHER
                ? text + " (" + problem.message() + ")"
                : text;
    }

    private static String column(String field, StaffPages pages) {
        return switch (field) {
            case "name", "category", "areaId", "languages" ->
                    pages.text("providers.column." + field) + " (" + field + ")";
            default -> field;
        };
    }

    private static String key(ProviderProblem problem) {
        return problem.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
