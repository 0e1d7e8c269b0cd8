package org.survivorvoice.staff.field;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorText;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.survivor.ConsentSettings;
import org.survivorvoice.survivor.IdentifiedThrough;
import org.survivorvoice.survivor.NewSurvivor;
import org.survivorvoice.survivor.SafeHours;

/**
 * What the enrolment page sent, read totally (SAFETY V1): the same request {@code POST
 * /api/v1/survivors} takes, or an error key per field. The phone is kept only to be enrolled, never
 * to be shown again: {@link #values()} leaves it out. Pure.
 */
public record EnrolmentForm(
        String language,
        String phone,
        String areaId,
        boolean sms,
        boolean ivr,
        boolean webLink,
        boolean reporting,
        boolean results,
        String safeFrom,
        String safeTo,
        String pin,
        String identifiedCollective,
        String identifiedPeerLeader) {

    private static final int MAX_TEXT = 40;

    /** The form from its fields (the first value of each; absent ones blank). */
    public static EnrolmentForm read(Function<String, String> field) {
        return new EnrolmentForm(
                text(field, "language"),
                text(field, "phone"),
                text(field, "areaId"),
                ticked(field, "sms"),
                ticked(field, "ivr"),
                ticked(field, "webLink"),
                ticked(field, "reporting"),
                ticked(field, "results"),
                text(field, "safeFrom"),
                text(field, "safeTo"),
                text(field, "pin"),
                text(field, "identifiedCollective"),
                text(field, "identifiedPeerLeader"));
    }

    /** The same form for a survivor of the language (a code; anything else stays as it was). */
    public EnrolmentForm withLanguage(String code) {
        return new EnrolmentForm(
                code == null ? language : SurvivorText.clean(code, MAX_TEXT),
                phone,
                areaId,
                sms,
                ivr,
                webLink,
                reporting,
                results,
                safeFrom,
                safeTo,
                pin,
                identifiedCollective,
                identifiedPeerLeader);
    }

    /** The error key of each field that is wrong, in the order of the page; empty when none. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (SurvivorLanguage.fromCode(language).isEmpty()) {
            errors.put("language", "field.error.language");
        }
        if (phone.isEmpty()) {
            errors.put("phone", "field.error.required");
        } else if (PhoneNumber.parse(phone).isEmpty()) {
            errors.put("phone", "field.error.phone");
        }
        if (!areaId.matches("[0-9]{1,18}")) {
            errors.put("areaId", "field.error.area");
        }
        boolean bothOrNeither = safeFrom.isEmpty() == safeTo.isEmpty();
        if (!safeFrom.isEmpty() && time(safeFrom) == null || !bothOrNeither && safeFrom.isEmpty()) {
            errors.put("safeFrom", "field.error.time");
        }
        if (!safeTo.isEmpty() && time(safeTo) == null || !bothOrNeither && safeTo.isEmpty()) {
            errors.put("safeTo", "field.error.time");
        }
        if (!pin.isEmpty() && !pin.matches("[0-9]{4}")) {
            errors.put("pin", "field.error.pin");
        } else if (pin.isEmpty() && ivr) {
            errors.put("pin", "field.error.pin-needed");
        }
        if (!identifiedCollective.isEmpty() && !identifiedCollective.matches("[0-9]{1,18}")) {
            errors.put("identifiedCollective", "collectives.error.identified-collective");
        }
        if (!identifiedPeerLeader.isEmpty() && !identifiedPeerLeader.matches("[0-9]{1,18}")) {
            errors.put("identifiedPeerLeader", "collectives.error.identified-peer-leader");
        }
        return errors;
    }

    /** The request; only when {@link #errors()} is empty. */
    public NewSurvivor request() {
        SafeHours hours = safeFrom.isEmpty() ? null : new SafeHours(time(safeFrom), time(safeTo));
        return new NewSurvivor(
                phone,
                language,
                Long.valueOf(areaId),
                new ConsentSettings(sms, ivr, webLink, reporting, results),
                hours,
                pin.isEmpty() ? null : pin,
                identifiedCollective.isEmpty() && identifiedPeerLeader.isEmpty()
                        ? null
                        : new IdentifiedThrough(
                                identifiedCollective.isEmpty()
                                        ? null
                                        : Long.valueOf(identifiedCollective),
                                identifiedPeerLeader.isEmpty()
                                        ? null
                                        : Long.valueOf(identifiedPeerLeader)));
    }

    /**
     * What the page may show again after a mistake: everything but the phone (SAFETY D2: no phone
     * number in any response) and the PIN.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("areaId", areaId);
        values.put("sms", sms);
        values.put("ivr", ivr);
        values.put("webLink", webLink);
        values.put("reporting", reporting);
        values.put("results", results);
        values.put("safeFrom", safeFrom);
        values.put("safeTo", safeTo);
        values.put("identifiedCollective", identifiedCollective);
        values.put("identifiedPeerLeader", identifiedPeerLeader);
        return values;
    }

    @Override
    public String toString() {
        return "EnrolmentForm[language=" + language + ", areaId=" + areaId + "]";
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(Function<String, String> field, String name) {
        String value = field.apply(name);
        if (value == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder();
        SurvivorText.clean(value, MAX_TEXT)
                .codePoints()
                .forEach(cp -> digits.appendCodePoint(SurvivorText.asciiDigit(cp)));
        return digits.toString();
    }

    private static boolean ticked(Function<String, String> field, String name) {
        String value = field.apply(name);
        return value != null && !value.isEmpty();
    }
}
