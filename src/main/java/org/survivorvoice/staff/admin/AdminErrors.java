package org.survivorvoice.staff.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.Violation;

/**
 * The page texts of a service's refusal: one key per field at fault ({@code <area>.error.<field>}),
 * or the key of the refusal's kind ({@code <area>.error.<status>}) when no field is named. The
 * services speak English for the API; the pages speak the visitor's language.
 */
final class AdminErrors {

    private AdminErrors() {}

    /**
     * The status of a form refused by a service: 404 for an unknown object, else 422 with the page
     * again (the staff pages' contract; a duplicate is a field to correct, not a 409).
     */
    static int status(DomainException e) {
        return e.status() == 404 ? 404 : 422;
    }

    static List<String> keys(String area, DomainException e) {
        Set<String> keys = new LinkedHashSet<>();
        for (Violation v : e.violations()) {
            keys.add(area + ".error." + v.field().replaceAll("[^A-Za-z]", "").toLowerCase());
        }
        if (keys.isEmpty()) {
            keys.add(area + ".error." + e.status());
        }
        return new ArrayList<>(keys);
    }
}
