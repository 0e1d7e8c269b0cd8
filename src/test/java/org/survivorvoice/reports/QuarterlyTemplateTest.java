package org.survivorvoice.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.survivorvoice.reports.excel.QuarterlyTemplate;

/**
 * The committed template, the copy inside the jar and the generator agree, and the template holds
 * every named cell and style of the contract. Workbooks are compared by their content (sheets,
 * names, styles), not bytes: the zip entries carry write times.
 */
class QuarterlyTemplateTest {

    private static final Path COMMITTED = Path.of("reports-templates/quarterly-mis.xlsx");

    @Test
    void committedTemplateEqualsTheGeneratorsOutput() throws IOException {
        try (XSSFWorkbook generated = QuarterlyTemplateGenerator.generate();
                InputStream in = Files.newInputStream(COMMITTED);
                XSSFWorkbook committed = new XSSFWorkbook(in)) {
            assertThat(describe(committed))
                    .as("regenerate with -Dtemplates.rewrite=true -Dtest=QuarterlyTemplateTest")
                    .containsExactlyElementsOf(describe(generated));
        }
    }

    @Test
    void templateShipsOnTheClasspath() throws IOException {
        try (InputStream in =
                        getClass()
                                .getClassLoader()
                                .getResourceAsStream(QuarterlyTemplate.RESOURCE);
                XSSFWorkbook shipped = new XSSFWorkbook(in);
                XSSFWorkbook generated = QuarterlyTemplateGenerator.generate()) {
            assertThat(describe(shipped)).containsExactlyElementsOf(describe(generated));
        }
    }

    @Test
    void everyNamedCellAndStyleOfTheContractExists() throws IOException {
        try (InputStream in = Files.newInputStream(COMMITTED);
                XSSFWorkbook template = new XSSFWorkbook(in)) {
            assertThat(template.getSheetName(0)).isEqualTo(QuarterlyTemplate.COVER_SHEET);
            assertThat(
                            template.isSheetHidden(
                                    template.getSheetIndex(QuarterlyTemplate.STYLES_SHEET)))
                    .isTrue();
            for (String cell : QuarterlyTemplate.COVER_CELLS) {
                XSSFName name = template.getName(cell);
                assertThat(name).as(cell).isNotNull();
                assertThat(name.getSheetName()).isEqualTo(QuarterlyTemplate.COVER_SHEET);
            }
            for (String style : QuarterlyTemplate.STYLES) {
                XSSFName name = template.getName(QuarterlyTemplate.STYLE_PREFIX + style);
                assertThat(name).as(style).isNotNull();
                assertThat(cellOf(template, name)).as(style).isNotNull();
            }
            assertThat(
                            ((XSSFCellStyle)
                                            cellOf(template, template.getName("Style_Percent"))
                                                    .getCellStyle())
                                    .getDataFormatString())
                    .isEqualTo("0%");
        }
    }

    @Test
    void readmeListsEveryNamedCellAndStyle() throws IOException {
        String readme = Files.readString(Path.of("reports-templates/README.md"));
        for (String cell : QuarterlyTemplate.COVER_CELLS) {
            assertThat(readme).contains("`" + cell + "`");
        }
        for (String style : QuarterlyTemplate.STYLES) {
            assertThat(readme).contains("`" + style + "`");
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "templates.rewrite", matches = "true")
    void rewritesTheCommittedTemplate() throws IOException {
        QuarterlyTemplateGenerator.main(new String[] {COMMITTED.toString()});
        assertThat(COMMITTED).isNotEmptyFile();
    }

    /** Sheets, names and each named cell's value and look, one line each. */
    static List<String> describe(XSSFWorkbook wb) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            lines.add("sheet " + wb.getSheetName(i) + " hidden=" + wb.isSheetHidden(i));
        }
        wb.getAllNames().stream()
                .sorted((a, b) -> a.getNameName().compareTo(b.getNameName()))
                .forEach(
                        n -> {
                            lines.add("name " + n.getNameName() + " = " + n.getRefersToFormula());
                            Cell cell = cellOf(wb, n);
                            if (cell != null) {
                                lines.add("  value " + cell.toString());
                                lines.add("  style " + look((XSSFCellStyle) cell.getCellStyle()));
                            }
                        });
        return lines;
    }

    private static Cell cellOf(XSSFWorkbook wb, XSSFName name) {
        var ref = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion());
        var first = ref.getFirstCell();
        var row = wb.getSheet(first.getSheetName()).getRow(first.getRow());
        return row == null ? null : row.getCell(first.getCol());
    }

    private static String look(XSSFCellStyle s) {
        XSSFFont f = s.getFont();
        return String.join(
                " ",
                "font=" + f.getFontName(),
                "size=" + f.getFontHeightInPoints(),
                "bold=" + f.getBold(),
                "italic=" + f.getItalic(),
                "color=" + hex(f.getXSSFColor()),
                "fill=" + hex(s.getFillForegroundXSSFColor()),
                "pattern=" + s.getFillPattern(),
                "format=" + s.getDataFormatString(),
                "align=" + s.getAlignment(),
                "wrap=" + s.getWrapText(),
                "border=" + s.getBorderBottom());
    }

    private static String hex(XSSFColor color) {
        return color == null ? "none" : color.getARGBHex();
    }
}
