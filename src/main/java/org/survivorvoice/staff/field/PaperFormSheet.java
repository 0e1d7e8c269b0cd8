package org.survivorvoice.staff.field;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.survivorvoice.common.i18n.SurvivorText;
import org.survivorvoice.common.sheet.SheetRows;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.provider.ProviderCode;

/**
 * The rows of a paper-forms workbook (the template of {@link PaperFormTemplate}) read into ratings
 * to store, or the problems of each row. The first non-blank row is the header, in whichever
 * language the template was downloaded; columns are read by position. Pure: the checks that need
 * the database (the provider exists in the caller's district, the encounter is hers and unrated)
 * are {@link PaperFormService}'s.
 */
public final class PaperFormSheet {

    /** Most data rows one upload may hold; a programme's quarter of paper forms is far fewer. */
    public static final int MAX_ROWS = 5_000;

    /** Longest cell text looked at; every valid cell is a few characters. */
    public static final int MAX_CELL_LENGTH = 200;

    /** Most bytes the workbook may unpack to: a full sheet of {@link #MAX_ROWS} is under 2 MB. */
    public static final long MAX_UNPACKED_BYTES = 16L * 1024 * 1024;

    /** Limits of reading one upload: the header row and {@link #MAX_ROWS} data rows. */
    public static final SheetRows.Limits LIMITS =
            new SheetRows.Limits(MAX_ROWS + 1, MAX_UNPACKED_BYTES, MAX_CELL_LENGTH);

    private static final Set<String> YES = Set.of("yes", "y", "true");
    private static final Set<String> NO = Set.of("no", "n", "false");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    // day first, as dates are written in India
    private static final Pattern DAY_FIRST =
            Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,12}");

    /** The rows to store and the problems found; nothing is stored unless there are none. */
    public record Read(List<PaperFormRow> rows, List<PaperFormProblem> problems) {}

    private PaperFormSheet() {}

    /**
     * Reads the data rows below the header.
     *
     * @param today the programme's today: a later date is a mistake
     * @param yes the words for yes in the template's languages, besides yes, y and true
     * @param no the words for no, besides no, n and false
     */
    public static Read read(
            List<SheetRows.Row> sheet, LocalDate today, Set<String> yes, Set<String> no) {
        List<PaperFormRow> rows = new ArrayList<>();
        List<PaperFormProblem> problems = new ArrayList<>();
        for (SheetRows.Row row : sheet.subList(Math.min(1, sheet.size()), sheet.size())) {
            List<PaperFormProblem> found = new ArrayList<>();
            for (PaperFormColumn column : PaperFormColumn.values()) {
                if (row.hasFormula(column.index())) {
                    found.add(PaperFormProblem.of(row.number(), column, "formula"));
                }
            }
            if (!found.isEmpty()) {
                // a formula's cached result is not what anyone typed: the row is not read further
                problems.addAll(found);
                continue;
            }
            String code = code(row, found);
            LocalDate date = date(row, today, found);
            Integer[] scores = new Integer[5];
            for (int i = 0; i < scores.length; i++) {
                scores[i] =
                        score(
                                row,
                                PaperFormColumn.values()[PaperFormColumn.OVERALL.index() + i],
                                found);
            }
            Answers answers = new Answers(scores[0], scores[1], scores[2], scores[3], scores[4]);
            if (answers.isEmpty() && found.stream().noneMatch(p -> isAnswer(p.column()))) {
                found.add(PaperFormProblem.of(row.number(), PaperFormColumn.OVERALL, "no-answer"));
            }
            Boolean money = money(row, yes, no, found);
            Long encounter = encounter(row, found);
            if (found.isEmpty()) {
                rows.add(new PaperFormRow(row.number(), code, date, answers, money, encounter));
            }
            problems.addAll(found);
        }
        return new Read(List.copyOf(rows), List.copyOf(problems));
    }

    private static boolean isAnswer(PaperFormColumn column) {
        return column.index() >= PaperFormColumn.OVERALL.index()
                && column.index() <= PaperFormColumn.OUTCOME.index();
    }

    private static String code(SheetRows.Row row, List<PaperFormProblem> found) {
        String text = digits(row.cell(PaperFormColumn.CODE.index())).replace(" ", "");
        if (text.isEmpty()) {
            found.add(PaperFormProblem.of(row.number(), PaperFormColumn.CODE, "code-missing"));
            return null;
        }
        if (!text.matches("[0-9]{" + ProviderCode.LENGTH + "}") || text.charAt(0) == '0') {
            found.add(PaperFormProblem.of(row.number(), PaperFormColumn.CODE, "code-format"));
            return null;
        }
        Optional<ProviderCode> code = ProviderCode.parse(text);
        if (code.isEmpty()) {
            found.add(PaperFormProblem.of(row.number(), PaperFormColumn.CODE, "code-check-digit"));
            return null;
        }
        return code.get().value();
    }

    private static LocalDate date(
            SheetRows.Row row, LocalDate today, List<PaperFormProblem> found) {
        String text = digits(row.cell(PaperFormColumn.DATE.index()));
        if (text.isEmpty()) {
            found.add(PaperFormProblem.of(row.number(), PaperFormColumn.DATE, "date-missing"));
            return null;
        }
        // a date cell reads as 2026-03-05, with T10:30 when it also has a time (SheetRows)
        String day = text.contains("T") ? text.substring(0, text.indexOf('T')) : text;
        LocalDate date = null;
        try {
            Matcher iso = ISO.matcher(day);
            Matcher dayFirst = DAY_FIRST.matcher(day);
            if (iso.matches()) {
                date = LocalDate.of(number(iso, 1), number(iso, 2), number(iso, 3));
            } else if (dayFirst.matches()) {
                date = LocalDate.of(number(dayFirst, 3), number(dayFirst, 2), number(dayFirst, 1));
            }
        } catch (DateTimeException e) {
            date = null;
        }
        if (date == null) {
            found.add(
                    new PaperFormProblem(
                            row.number(),
                            PaperFormColumn.DATE,
                            "field.paper.problem.date-unreadable",
                            Map.of("value", text)));
            return null;
        }
        if (date.isAfter(today)) {
            found.add(
                    new PaperFormProblem(
                            row.number(),
                            PaperFormColumn.DATE,
                            "field.paper.problem.date-future",
                            Map.of("value", date.toString())));
            return null;
        }
        return date;
    }

    private static Integer score(
            SheetRows.Row row, PaperFormColumn column, List<PaperFormProblem> found) {
        String text = digits(row.cell(column.index()));
        if (text.isEmpty()) {
            return null;
        }
        // a number typed into a cell may come back as 4.0 from some programs
        String whole = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (whole.matches("[1-5]")) {
            return Integer.valueOf(whole);
        }
        found.add(
                new PaperFormProblem(
                        row.number(),
                        column,
                        "field.paper.problem.answer-range",
                        Map.of("value", text)));
        return null;
    }

    private static Boolean money(
            SheetRows.Row row, Set<String> yes, Set<String> no, List<PaperFormProblem> found) {
        String text = row.cell(PaperFormColumn.MONEY.index()).strip();
        if (text.isEmpty()) {
            return null;
        }
        String word = text.toLowerCase(Locale.ROOT);
        if (YES.contains(word) || yes.contains(word)) {
            return true;
        }
        if (NO.contains(word) || no.contains(word)) {
            return false;
        }
        found.add(PaperFormProblem.of(row.number(), PaperFormColumn.MONEY, "money"));
        return null;
    }

    private static Long encounter(SheetRows.Row row, List<PaperFormProblem> found) {
        String text = digits(row.cell(PaperFormColumn.ENCOUNTER.index()));
        if (text.isEmpty()) {
            return null;
        }
        if (WHOLE.matcher(text).matches() && Long.parseLong(text) > 0) {
            return Long.valueOf(text);
        }
        found.add(PaperFormProblem.of(row.number(), PaperFormColumn.ENCOUNTER, "encounter-format"));
        return null;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** The text with Devanagari, Bengali and Telugu digits as ASCII ones, stripped. */
    private static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.strip().codePoints().forEach(cp -> out.appendCodePoint(SurvivorText.asciiDigit(cp)));
        return out.toString();
    }
}
