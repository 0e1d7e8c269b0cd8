package org.survivorvoice.staff.field;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The paper-forms workbook a field worker downloads, fills from the paper forms and uploads: a
 * first sheet with one header row (the columns of {@link PaperFormColumn}, in the reader's
 * language) and an instructions sheet. Cells get no formulas and no values; the date column is
 * formatted as an ISO date and the answer and money columns carry Excel's own input checks, so most
 * mistakes are caught while typing. Pure: texts come in as a function of their keys.
 */
public final class PaperFormTemplate {

    /** Media type of the download. */
    public static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Number of instruction lines in the texts ({@code field.paper.instructions.1} and on). */
    static final int INSTRUCTION_LINES = 8;

    private static final int LAST_ROW = PaperFormSheet.MAX_ROWS;

    private PaperFormTemplate() {}

    /** The workbook's bytes, worded by {@code text}. */
    public static byte[] workbook(Function<String, String> text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet forms = workbook.createSheet(text.apply("field.paper.sheet.forms"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            Row header = forms.createRow(0);
            for (PaperFormColumn column : PaperFormColumn.values()) {
                var cell = header.createCell(column.index());
                cell.setCellValue(text.apply(column.labelKey()));
                cell.setCellStyle(heading);
                forms.setColumnWidth(column.index(), 16 * 256);
            }
            forms.createFreezePane(0, 1);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            forms.setDefaultColumnStyle(PaperFormColumn.DATE.index(), date);
            CellStyle plain = workbook.createCellStyle();
            plain.setDataFormat(workbook.createDataFormat().getFormat("@"));
            forms.setDefaultColumnStyle(PaperFormColumn.CODE.index(), plain);
            checks(forms, text);
            Sheet instructions = workbook.createSheet(text.apply("field.paper.sheet.instructions"));
            instructions.setColumnWidth(0, 100 * 256);
            Row title = instructions.createRow(0);
            title.createCell(0).setCellValue(text.apply("field.paper.instructions.title"));
            title.getCell(0).setCellStyle(heading);
            for (int line = 1; line <= INSTRUCTION_LINES; line++) {
                instructions
                        .createRow(line + 1)
                        .createCell(0)
                        .setCellValue(text.apply("field.paper.instructions." + line));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel's input checks: answers whole numbers 1 to 5, money asked from a list. */
    private static void checks(Sheet forms, Function<String, String> text) {
        DataValidationHelper helper = forms.getDataValidationHelper();
        DataValidationConstraint scale =
                helper.createIntegerConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN, "1", "5");
        DataValidation answers =
                helper.createValidation(
                        scale,
                        new CellRangeAddressList(
                                1,
                                LAST_ROW,
                                PaperFormColumn.OVERALL.index(),
                                PaperFormColumn.OUTCOME.index()));
        answers.setShowErrorBox(true);
        answers.createErrorBox(
                text.apply("field.paper.column.overall"), text.apply("field.paper.scale-hint"));
        forms.addValidationData(answers);
        DataValidation money =
                helper.createValidation(
                        helper.createExplicitListConstraint(
                                new String[] {
                                    text.apply("field.paper.yes"), text.apply("field.paper.no")
                                }),
                        new CellRangeAddressList(
                                1,
                                LAST_ROW,
                                PaperFormColumn.MONEY.index(),
                                PaperFormColumn.MONEY.index()));
        money.setShowErrorBox(true);
        forms.addValidationData(money);
    }
}
