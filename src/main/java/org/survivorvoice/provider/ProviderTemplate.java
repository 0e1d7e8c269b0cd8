package org.survivorvoice.provider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Blank files of providers to fill in and import: the CSV header, and a workbook whose first sheet
 * has the header (the sheet {@link ProviderSheet} reads) and whose other sheets list the category
 * codes and area ids to choose from. Pure: the choices are given.
 */
public final class ProviderTemplate {

    /** File name of the workbook template. */
    public static final String XLSX_NAME = "providers-template.xlsx";

    /** File name of the CSV template. */
    public static final String CSV_NAME = "providers-template.csv";

    private ProviderTemplate() {}

    /** The header line of a CSV import, with a line break, as UTF-8. */
    public static byte[] csv() {
        return (String.join(",", ProviderSheet.COLUMNS) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The workbook: the header on the first sheet, the categories and areas on the next two. */
    public static byte[] xlsx(ProviderChoices choices) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet providers = workbook.createSheet("Providers");
            header(providers, ProviderSheet.COLUMNS, bold);
            providers.createFreezePane(0, 1);
            Sheet categories = workbook.createSheet("Categories");
            header(categories, List.of("category", "name"), bold);
            int r = 1;
            for (ProviderChoices.Choice category : choices.categories()) {
                Row row = categories.createRow(r++);
                row.createCell(0).setCellValue(category.value());
                row.createCell(1).setCellValue(category.label());
            }
            Sheet areas = workbook.createSheet("Areas");
            header(areas, List.of("areaId", "district", "block"), bold);
            r = 1;
            String district = "";
            for (ProviderChoices.Choice area : choices.areas()) {
                Row row = areas.createRow(r++);
                row.createCell(0).setCellValue(Long.parseLong(area.value()));
                if (area.district()) {
                    district = area.label();
                    row.createCell(1).setCellValue(district);
                } else {
                    row.createCell(1).setCellValue(district);
                    row.createCell(2).setCellValue(area.label());
                }
            }
            for (Sheet sheet : List.of(providers, categories, areas)) {
                for (int c = 0; c < 4; c++) {
                    sheet.setColumnWidth(c, 28 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a workbook to memory failed", e);
        }
    }

    private static void header(Sheet sheet, List<String> names, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            row.createCell(c).setCellValue(names.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }
}
