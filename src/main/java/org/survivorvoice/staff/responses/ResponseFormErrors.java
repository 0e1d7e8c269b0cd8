package org.survivorvoice.staff.responses;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.Violation;

/**
 * A refused response form in the page's words: one text key per field at fault ({@code
 * responses.error.<field>}), or the key of the refusal's kind ({@code responses.error.<status>}).
 * The services speak English for the API; the page speaks the visitor's language.
 */
final class ResponseFormErrors {

    private ResponseFormErrors() {}

    /** 404 for what the form names and the caller cannot see, else the page again with 422. */
    static int status(DomainException e) {
        return e.status() == 404 ? 404 : 422;
    }

    static List<String> keys(DomainException e) {
        Set<String> keys = new LinkedHashSet<>();
        for (Violation v : e.violations()) {
            // "answers.overall" is the answers' problem: the page names the form, not the select
            String field = v.field().split("\\.")[0];
            keys.add("responses.error." + field.replaceAll("[^A-Za-z]", "").toLowerCase());
        }
        if (keys.isEmpty()) {
            keys.add("responses.error." + e.status());
        }
        return new ArrayList<>(keys);
    }

    /** Bean Validation's findings on a form's request, as the API would report them. */
    static <T> void require(Set<ConstraintViolation<T>> problems, List<Violation> more) {
        List<Violation> violations = new ArrayList<>(more);
        for (ConstraintViolation<T> p : problems) {
            violations.add(new Violation(p.getPropertyPath().toString(), p.getMessage()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
