package org.survivorvoice.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.reports.excel.WorkbookReadBack.rowStartingWith;
import static org.survivorvoice.reports.excel.WorkbookReadBack.rowTexts;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.survivorvoice.reports.chart.TrainingEffectChart;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.training.effect.TrainingEffectView;

/**
 * The Training sheet on hand-built data ({@link SampleReports#training}), read back with POI, and
 * the effect chart's datasets and axes.
 */
class TrainingSheetTest {

    static final List<String> HEADERS =
            List.of(
                    "Held in",
                    "Topic",
                    "Pillar",
                    "Providers trained",
                    "Staff trained",
                    "Trained, before",
                    "Trained, after",
                    "Untrained, before",
                    "Untrained, after",
                    "Effect (points)",
                    "90 % interval (points)",
                    "What it means");

    private final QuarterlyWorkbookWriter writer = new QuarterlyWorkbookWriter(Optional.empty());

    private XSSFWorkbook write(ReportData data) {
        return WorkbookReadBack.written(writer, data);
    }

    @Test
    void funderSheetHasEachEventWithItsEffectOrWhatIsMissing() throws IOException {
        try (XSSFWorkbook wb = write(SampleReports.funder(false))) {
            Sheet sheet = wb.getSheet("Training");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Training");
            Row header = rowStartingWith(sheet, "Held in");
            assertThat(rowTexts(sheet, header.getRowNum())).isEqualTo(HEADERS);

            Row shown = rowStartingWith(sheet, "2025-Q2");
            assertThat(shown.getCell(1).getStringCellValue())
                    .isEqualTo("Victim-centred interviewing");
            assertThat(shown.getCell(2).getStringCellValue()).isEqualTo("Protect");
            assertNumber(shown.getCell(3), 6, "#,##0");
            assertNumber(shown.getCell(4), 143, "#,##0");
            assertNumber(shown.getCell(5), 0.5, "0%");
            assertNumber(shown.getCell(6), 0.62, "0%");
            assertNumber(shown.getCell(7), 0.5, "0%");
            assertNumber(shown.getCell(8), 0.51, "0%");
            // (0.62 - 0.50) - (0.51 - 0.50) = 0.11: 11 points
            assertNumber(shown.getCell(9), 11, "#,##0");
            assertThat(shown.getCell(10).getStringCellValue()).isEqualTo("4 to 17");
            assertThat(shown.getCell(11).getStringCellValue())
                    .startsWith(
                            "After the training, survivors rated trained police stations 11"
                                    + " points higher than before")
                    .endsWith("at the same time.");

            Row gated = rowStartingWith(sheet, "2025-Q3");
            for (int i = 5; i <= 8; i++) {
                assertThat(gated.getCell(i).getStringCellValue()).isEqualTo("not shown");
            }
            assertThat(gated.getCell(9).getStringCellValue()).isEqualTo("not enough ratings yet");
            assertThat(gated.getCell(11).getStringCellValue())
                    .isEqualTo(
                            "Not enough ratings yet. Missing: ratings: trained, before 1-5;"
                                    + " raters: trained, before 1-5; trained providers 1.");
            WorkbookReadBack.assertEveryNotShownNamesItsRule(wb);
            assertThat(WorkbookReadBack.texts(sheet))
                    .anyMatch(
                            t ->
                                    t.startsWith(
                                            "Not shown: fewer than 11 valid ratings from as many"
                                                    + " distinct raters in one"));
            // no date finer than a quarter: the first column holds quarters only
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null
                        && first.getCellType() == CellType.STRING
                        && first.getStringCellValue().matches("\\d{4}-.*")) {
                    assertThat(first.getStringCellValue()).matches("\\d{4}-Q[1-4]");
                }
            }
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void chartDrawsTheSharesTheCounterfactualAndTheIntervalWhisker() {
        TrainingEffectView shown = SampleReports.training().events().get(0);

        XYSeriesCollection lines = TrainingEffectChart.lines(shown);
        YIntervalSeriesCollection whisker = TrainingEffectChart.whisker(shown);

        assertThat(lines.getSeriesCount()).isEqualTo(3);
        assertThat(lines.getSeriesKey(0)).isEqualTo(TrainingEffectChart.TRAINED);
        assertThat(lines.getY(0, 0).doubleValue()).isEqualTo(50.0);
        assertThat(lines.getY(0, 1).doubleValue()).isEqualTo(62.0);
        assertThat(lines.getY(1, 0).doubleValue()).isEqualTo(50.0);
        assertThat(lines.getY(1, 1).doubleValue()).isEqualTo(51.0);
        // had the trained changed as the untrained: 50 + (51 - 50) = 51
        assertThat(lines.getY(2, 1).doubleValue()).isEqualTo(51.0);
        // the whisker at "after": 51 + 11 = 62, from 51 + 4 to 51 + 17
        assertThat(whisker.getXValue(0, 0)).isEqualTo(1.0);
        assertThat(whisker.getYValue(0, 0)).isEqualTo(62.0);
        assertThat(whisker.getStartYValue(0, 0)).isEqualTo(55.0);
        assertThat(whisker.getEndYValue(0, 0)).isEqualTo(68.0);
        var chart = TrainingEffectChart.chart(shown);
        var plot = chart.getXYPlot();
        assertThat(plot.getRangeAxis().getLowerBound()).isZero();
        assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(100.0);
        assertThat(plot.getDomainAxis().getLabel()).isNull();

        TrainingEffectView gated = SampleReports.training().events().get(1);
        assertThat(TrainingEffectChart.lines(gated).getSeriesCount()).isZero();
        assertThat(TrainingEffectChart.chart(gated).getXYPlot().getNoDataMessage())
                .isEqualTo("Not enough ratings yet");
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).as(WorkbookReadBack.where(cell)).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(WorkbookReadBack.where(cell)).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString())
                .as(WorkbookReadBack.where(cell))
                .isEqualTo(format);
    }
}
