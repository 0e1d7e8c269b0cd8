package org.survivorvoice.staff.field;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.survivorvoice.common.i18n.SurvivorText;
import org.survivorvoice.encounter.EncounterOutcome;
import org.survivorvoice.encounter.NewEncounter;
import org.survivorvoice.provider.ProviderCode;

/**
 * What the encounter page sent, read totally: the request {@code POST /api/v1/encounters} takes, or
 * an error key per field. Every value is kept for showing the page again. Pure.
 */
public record EncounterForm(
        String survivor, String code, String serviceType, String date, String outcome) {

    private static final int MAX_TEXT = 40;

    /** The form from its fields (the first value of each; absent ones blank). */
    public static EncounterForm read(Function<String, String> field) {
        return new EncounterForm(
                text(field, "survivor", true),
                text(field, "code", true).replace(" ", ""),
                text(field, "serviceType", false),
                text(field, "date", true),
                text(field, "outcome", false));
    }

    /** The provider code when it is well formed with a correct check digit. */
    public Optional<ProviderCode> providerCode() {
        return ProviderCode.parse(code);
    }

    /** The error key of the code, if it is not a well-formed code. */
    public Optional<String> codeError() {
        if (code.isEmpty()) {
            return Optional.of("field.error.required");
        }
        if (!code.matches("[1-9][0-9]{5}")) {
            return Optional.of("field.error.code-format");
        }
        return providerCode().isEmpty()
                ? Optional.of("field.error.code-check-digit")
                : Optional.empty();
    }

    /** The error key of each field that is wrong, in the order of the page; empty when none. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!survivor.matches("[0-9]{1,18}")) {
            errors.put(
                    "survivor", survivor.isEmpty() ? "field.error.required" : "field.error.number");
        }
        codeError().ifPresent(e -> errors.put("code", e));
        if (serviceType.isEmpty()) {
            errors.put("serviceType", "field.error.service-type");
        }
        if (day().isEmpty()) {
            errors.put("date", date.isEmpty() ? "field.error.required" : "field.error.date");
        }
        if (chosenOutcome().isEmpty()) {
            errors.put("outcome", "field.error.outcome");
        }
        return errors;
    }

    /** The request; only when {@link #errors()} is empty. */
    public NewEncounter request() {
        return new NewEncounter(
                Long.valueOf(survivor),
                code,
                serviceType,
                day().orElseThrow(),
                chosenOutcome().orElseThrow());
    }

    private Optional<LocalDate> day() {
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<EncounterOutcome> chosenOutcome() {
        for (EncounterOutcome value : EncounterOutcome.values()) {
            if (value.name().equals(outcome)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String text(Function<String, String> field, String name, boolean digits) {
        String value = field.apply(name);
        if (value == null) {
            return "";
        }
        String cleaned = SurvivorText.clean(value, MAX_TEXT);
        if (!digits) {
            return cleaned;
        }
        StringBuilder out = new StringBuilder();
        cleaned.codePoints().forEach(cp -> out.appendCodePoint(SurvivorText.asciiDigit(cp)));
        return out.toString();
    }
}
