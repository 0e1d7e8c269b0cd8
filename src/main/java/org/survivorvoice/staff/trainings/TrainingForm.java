package org.survivorvoice.staff.trainings;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.survivorvoice.common.error.Violation;
import org.survivorvoice.encounter.Pillar;
import org.survivorvoice.training.NewTraining;
import org.survivorvoice.training.TrainingService;

/**
 * The training form as typed: the event's fields and rows of provider code and staff count, read
 * without JavaScript (as many rows as the page offered, each field named by its row; blank rows are
 * skipped). {@link #request} turns it into the API's {@link NewTraining}, with the page's own
 * problems (a date or a number that does not read) as message keys by field; {@link #errorKeys}
 * maps the service's violations, whose fields count the rows sent, back to the rows of the page.
 *
 * @param rows the provider rows as typed, blank ones included
 */
record TrainingForm(String heldOn, String topic, String organiser, String pillar, List<Row> rows) {

    /** Rows a fresh form offers; a refused form offers its rows and two more. */
    static final int ROWS = 6;

    /** A provider row as typed. */
    record Row(int index, String code, String staff) {
        boolean blank() {
            return code.isBlank() && staff.isBlank();
        }
    }

    /**
     * The form of the posted fields (each name once, as the staff pages' filter requires): the rows
     * are {@code code-0} and {@code staff-0}, {@code code-1} and {@code staff-1}... up to the first
     * row the page did not send; missing fields read as empty.
     */
    static TrainingForm of(MultivaluedMap<String, String> fields) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i <= TrainingService.PROVIDERS_MAX; i++) {
            String code = fields.getFirst(codeField(i));
            String staff = fields.getFirst(staffField(i));
            if (code == null && staff == null) {
                break;
            }
            rows.add(new Row(i, text(code), text(staff)));
        }
        return new TrainingForm(
                text(fields.getFirst("heldOn")),
                text(fields.getFirst("topic")),
                text(fields.getFirst("organiser")),
                text(fields.getFirst("pillar")),
                rows);
    }

    /** An empty form. */
    static TrainingForm empty() {
        return new TrainingForm("", "", "", "", List.of());
    }

    /** The rows the page shows: those typed and spare empty ones, at least {@link #ROWS}. */
    List<Row> shownRows() {
        List<Row> shown = new ArrayList<>(rows);
        int wanted = Math.max(ROWS, rows.size() + (rows.isEmpty() ? 0 : 2));
        while (shown.size() < wanted) {
            shown.add(new Row(shown.size(), "", ""));
        }
        return shown;
    }

    /** The request, and the page's own problems by field (message keys). */
    Parsed request() {
        Map<String, String> errors = new HashMap<>();
        LocalDate day = null;
        if (heldOn.isBlank()) {
            errors.put("heldOn", "trainings.error.heldOn");
        } else {
            try {
                day = LocalDate.parse(heldOn);
            } catch (DateTimeParseException e) {
                errors.put("heldOn", "trainings.error.heldOn");
            }
        }
        Pillar chosen = null;
        if (!pillar.isBlank()) {
            try {
                chosen = Pillar.valueOf(pillar.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("pillar", "trainings.error.pillar");
            }
        }
        List<NewTraining.NewAttendance> attendance = new ArrayList<>();
        List<Integer> sent = new ArrayList<>();
        for (Row row : rows) {
            if (row.blank()) {
                continue;
            }
            Integer count = null;
            try {
                count = Integer.valueOf(row.staff().strip());
            } catch (NumberFormatException e) {
                errors.put(staffField(row.index()), "trainings.error.staffCount");
            }
            attendance.add(new NewTraining.NewAttendance(row.code(), count));
            sent.add(row.index());
        }
        return new Parsed(new NewTraining(day, topic, organiser, chosen, attendance), errors, sent);
    }

    /**
     * The request and the form's own problems.
     *
     * @param sentRows for each attendance entry of the request, the page row it came from
     */
    record Parsed(NewTraining request, Map<String, String> errors, List<Integer> sentRows) {

        /** The service's violations as message keys by the page's fields. */
        Map<String, String> errorKeys(List<Violation> violations) {
            Map<String, String> keys = new HashMap<>(errors);
            for (Violation v : violations) {
                String field = v.field();
                if (field.startsWith("attendance[")) {
                    int close = field.indexOf(']');
                    int sentIndex =
                            Integer.parseInt(field.substring("attendance[".length(), close));
                    int row = sentRows.get(sentIndex);
                    String part = field.substring(close + 2);
                    if (part.equals("providerCode")) {
                        keys.putIfAbsent(
                                codeField(row),
                                switch (v.message()) {
                                    case TrainingService.CODE_TWICE ->
                                            "trainings.error.providerCode.twice";
                                    case TrainingService.CODE_MISSING ->
                                            "trainings.error.providerCode.missing";
                                    default -> "trainings.error.providerCode";
                                });
                    } else {
                        keys.putIfAbsent(staffField(row), "trainings.error.staffCount");
                    }
                } else {
                    keys.putIfAbsent(field, "trainings.error." + field);
                }
            }
            return keys;
        }
    }

    static String codeField(int row) {
        return "code-" + row;
    }

    static String staffField(int row) {
        return "staff-" + row;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
