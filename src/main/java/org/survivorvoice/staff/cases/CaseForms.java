package org.survivorvoice.staff.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.Violation;
import org.survivorvoice.safetydesk.CaseOutcome;
import org.survivorvoice.safetydesk.CaseStatus;
import org.survivorvoice.safetydesk.CaseUpdate;

/**
 * The three forms of a case's page read into the desk's {@link CaseUpdate}: "contacted" (with an
 * optional note), "close" (an outcome, an optional note) and "note". Pure, so what a form means is
 * tested without a browser; the desk's service still decides which moves are allowed.
 */
final class CaseForms {

    private CaseForms() {}

    /** The update a form asks for; 400 naming the field at fault when it cannot be read. */
    static CaseUpdate update(String action, String outcome, String note) {
        if (action == null) {
            throw new InvalidInputException("action", "choose what to do");
        }
        return switch (action) {
            case "contacted" -> new CaseUpdate(CaseStatus.CONTACTED, null, note);
            case "close" -> new CaseUpdate(CaseStatus.CLOSED, outcome(outcome), note);
            case "note" -> {
                if (note == null) {
                    throw new InvalidInputException("note", "write the note");
                }
                yield new CaseUpdate(null, null, note);
            }
            default -> throw new InvalidInputException("action", "choose what to do");
        };
    }

    /** The notice the case's page shows after the update ({@code ?done=}). */
    static String done(CaseUpdate update) {
        if (update.status() == CaseStatus.CONTACTED) {
            return "contacted";
        }
        return update.status() == CaseStatus.CLOSED ? "closed" : "noted";
    }

    /** The page texts of the desk's refusal: the fields it names, else the move it refused. */
    static List<String> errorKeys(DomainException e) {
        Set<String> keys = new LinkedHashSet<>();
        for (Violation v : e.violations()) {
            keys.add("cases.error." + (v.field().equals("note") ? "note" : "outcome"));
        }
        if (keys.isEmpty()) {
            keys.add("cases.error.move");
        }
        return new ArrayList<>(keys);
    }

    private static CaseOutcome outcome(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("outcome", "choose how the case ended");
        }
        try {
            return CaseOutcome.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "choose how the case ended");
        }
    }
}
