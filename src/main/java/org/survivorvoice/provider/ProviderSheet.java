package org.survivorvoice.provider;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of providers to import, {@code .csv} or the first sheet of an {@code .xlsx}, as one {@link
 * NewProvider} per row. The first non-blank row names the columns, in any order and case: {@code
 * name}, {@code category} (a category code), {@code areaId} and, optionally, {@code languages}
 * (codes separated by commas or semicolons); other columns are ignored, blank rows skipped. Rows
 * are numbered as a spreadsheet program shows them, the header usually being row 1.
 *
 * <p>{@link ProviderFile} reads the bytes; this checks the header, the number of rows, and what
 * each row's cells can be (an area id must be a number, a cell a value rather than a formula). A
 * file that cannot be used at all is a {@link ProviderInputException} naming the reason; the rules
 * of a new provider are checked by {@link ProviderService}.
 */
public final class ProviderSheet {

    /** Media type of CSV files (RFC 4180), read as UTF-8 with or without a byte order mark. */
    public static final String CSV = "text/csv";

    /** Media type of Excel workbooks. */
    public static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Most providers one file may hold; larger lists are imported in parts. */
    public static final int MAX_ROWS = 5_000;

    /** The columns, as the API names the fields of a new provider, in the order of the checks. */
    public static final List<String> COLUMNS = List.of("name", "category", "areaId", "languages");

    private static final List<String> REQUIRED = List.of("name", "category", "areaId");
    private static final String WHOLE_NUMBER = "[0-9]{1,18}";

    /**
     * One row of the file as a request, with what could not be read into it (an area id that is not
     * a number, a formula); the rules of a new provider are checked by {@link ProviderService}.
     */
    public record Row(int number, NewProvider request, List<ProviderFieldProblem> problems) {}

    private ProviderSheet() {}

    /** The rows of a CSV file. */
    public static List<Row> readCsv(byte[] body) {
        return rows(ProviderFile.csv(body));
    }

    /** The rows of the first sheet of an Excel workbook. */
    public static List<Row> readXlsx(byte[] body) {
        return rows(ProviderFile.xlsx(body));
    }

    /** The requests of the data rows below the header. */
    private static List<Row> rows(List<ProviderFile.Cells> cells) {
        if (cells.isEmpty()) {
            throw ProviderInputException.file(ProviderProblem.NO_HEADER, Map.of());
        }
        if (cells.size() > MAX_ROWS + 1) {
            throw ProviderInputException.file(
                    ProviderProblem.TOO_MANY_ROWS, Map.of("max", Integer.toString(MAX_ROWS)));
        }
        Map<String, Integer> columns = header(cells.get(0));
        if (cells.size() == 1) {
            throw ProviderInputException.file(ProviderProblem.NO_ROWS, Map.of());
        }
        return cells.subList(1, cells.size()).stream().map(c -> row(c, columns)).toList();
    }

    /** The column of each field the header names; 400 listing what is missing or repeated. */
    private static Map<String, Integer> header(ProviderFile.Cells header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<ProviderFieldProblem> problems = new ArrayList<>();
        List<Map.Entry<Integer, String>> cells =
                header.values().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
        for (Map.Entry<Integer, String> cell : cells) {
            for (String name : COLUMNS) {
                if (name.equalsIgnoreCase(cell.getValue())
                        && columns.putIfAbsent(name, cell.getKey()) != null) {
                    problems.add(
                            ProviderFieldProblem.of(name, ProviderProblem.COLUMN_REPEATED)
                                    .atRow(header.number()));
                }
            }
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                problems.add(
                        ProviderFieldProblem.of(name, ProviderProblem.COLUMN_MISSING)
                                .atRow(header.number()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProviderInputException(ProviderProblem.BAD_HEADER, Map.of(), problems);
        }
        return columns;
    }

    private static Row row(ProviderFile.Cells cells, Map<String, Integer> columns) {
        List<ProviderFieldProblem> problems = new ArrayList<>();
        columns.forEach(
                (name, column) -> {
                    if (cells.formulas().contains(column)) {
                        problems.add(ProviderFieldProblem.of(name, ProviderProblem.FORMULA));
                    }
                });
        String areaText = value(cells, columns, "areaId");
        Long areaId = null;
        if (areaText.matches(WHOLE_NUMBER)) {
            areaId = Long.valueOf(areaText);
        } else if (!areaText.isEmpty()
                && problems.stream().noneMatch(p -> p.field().equals("areaId"))) {
            problems.add(ProviderFieldProblem.of("areaId", ProviderProblem.NOT_A_NUMBER));
        }
        String languageText = value(cells, columns, "languages");
        List<String> languages =
                languageText.isEmpty()
                        ? null
                        : Arrays.stream(languageText.split("[,;]"))
                                .map(String::strip)
                                .filter(code -> !code.isEmpty())
                                .toList();
        NewProvider request =
                new NewProvider(
                        value(cells, columns, "name"),
                        value(cells, columns, "category"),
                        areaId,
                        languages);
        return new Row(cells.number(), request, problems);
    }

    private static String value(
            ProviderFile.Cells cells, Map<String, Integer> columns, String name) {
        Integer column = columns.get(name);
        return column == null ? "" : cells.values().getOrDefault(column, "");
    }
}
