package org.survivorvoice.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.survivorvoice.reports.excel.WorkbookReadBack.rowStartingWith;
import static org.survivorvoice.reports.excel.WorkbookReadBack.rowTexts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportProgress;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.scoring.method.Band;

/** The workbook writer on hand-built data, read back with POI. */
class QuarterlyWorkbookWriterTest {

    private final QuarterlyWorkbookWriter writer = new QuarterlyWorkbookWriter(Optional.empty());

    private byte[] write(ReportData data, List<WorkbookPicture> pictures) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(data, pictures, out, ReportProgress.IGNORED);
        return out.toByteArray();
    }

    @Test
    void funderEditionHasEverySheetButCommentsInOrder() throws IOException {
        try (XSSFWorkbook wb =
                WorkbookReadBack.open(write(SampleReports.funder(false), List.of()))) {
            assertThat(WorkbookReadBack.visibleSheets(wb))
                    .containsExactly(
                            "Cover",
                            "Summary",
                            "Outcomes",
                            "Providers",
                            "Good practice",
                            "Needs attention",
                            "Responses",
                            "Safety desk",
                            "Collectives",
                            "Training",
                            "Districts",
                            "Trends",
                            "Method",
                            "Suppression");
            assertThat(wb.getSheetName(wb.getNumberOfSheets() - 1))
                    .isEqualTo(QuarterlyTemplate.STYLES_SHEET);
            assertThat(wb.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void officialEditionAddsCommentsBeforeMethod() throws IOException {
        try (XSSFWorkbook wb = WorkbookReadBack.open(write(SampleReports.official(), List.of()))) {
            List<String> sheets = WorkbookReadBack.visibleSheets(wb);
            assertThat(sheets).contains("Comments");
            assertThat(sheets.indexOf("Comments")).isEqualTo(sheets.indexOf("Method") - 1);
            Sheet attention = wb.getSheet("Needs attention");
            assertThat(rowStartingWith(attention, "Thana Haroa").getCell(5).getStringCellValue())
                    .isEqualTo("Below (95 %)");
        }
    }

    @Test
    void providersSheetPinsHeadersTypesFormatsAndBandColours() throws IOException {
        try (XSSFWorkbook wb =
                WorkbookReadBack.open(write(SampleReports.funder(false), List.of()))) {
            XSSFSheet providers = wb.getSheet("Providers");
            assertThat(providers.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Providers");
            assertThat(rowTexts(providers, 4))
                    .containsExactly(
                            "Code",
                            "Provider",
                            "Category",
                            "District",
                            "Ratings",
                            "Score",
                            "Low",
                            "High",
                            "Band",
                            "Change since last quarter");
            Row basirhat = rowStartingWith(providers, "100017");
            assertThat(basirhat.getCell(4).getStringCellValue()).isEqualTo("40-44");
            for (int col = 5; col <= 7; col++) {
                Cell score = basirhat.getCell(col);
                assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0%");
            }
            assertThat(basirhat.getCell(5).getNumericCellValue()).isEqualTo(0.71);
            assertThat(basirhat.getCell(2).getStringCellValue())
                    .isEqualTo("Police station or anti-human-trafficking unit");
            Cell band = basirhat.getCell(8);
            assertThat(band.getStringCellValue()).isEqualTo("Within");
            assertThat(band.getCellStyle().getFillForegroundColorColor()).isNotNull();
            Cell significant = rowStartingWith(providers, "100033").getCell(8);
            assertThat(significant.getCellStyle().getFillForegroundColorColor())
                    .isNotEqualTo(band.getCellStyle().getFillForegroundColorColor());

            Sheet summary = wb.getSheet("Summary");
            Cell ratings =
                    rowStartingWith(summary, "Valid ratings in the scoring window (rounded to 5)")
                            .getCell(1);
            assertThat(ratings.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(ratings.getNumericCellValue()).isEqualTo(2_345);
            assertThat(ratings.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Cell answered = rowStartingWith(summary, "Invitations to rate answered").getCell(1);
            assertThat(answered.getNumericCellValue()).isEqualTo(0.4);
            assertThat(answered.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Cell verified = rowStartingWith(summary, "Verified share of ratings").getCell(1);
            assertThat(verified.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            Cell median = outcomeRow(wb.getSheet("Outcomes"), "Ration card").getCell(6);
            assertThat(median.getNumericCellValue()).isEqualTo(21.5);
            assertThat(
                            outcomeRow(wb.getSheet("Outcomes"), "Pension")
                                    .getCell(6)
                                    .getStringCellValue())
                    .isEqualTo("not shown");
            Cell tau2 =
                    rowStartingWith(
                                    wb.getSheet("Method"),
                                    "Police station or anti-human-trafficking unit")
                            .getCell(3);
            assertThat(tau2.getCellStyle().getDataFormatString()).isEqualTo("0.0000");
        }
    }

    @Test
    void withheldFiguresSayNotShownNextToTheRuleThatWithholdsThem() throws IOException {
        try (XSSFWorkbook wb = WorkbookReadBack.open(write(SampleReports.official(), List.of()))) {
            Sheet summary = wb.getSheet("Summary");
            Row ratings =
                    rowStartingWith(summary, "Valid ratings in the scoring window (rounded to 5)");
            assertThat(ratings.getCell(1).getStringCellValue()).isEqualTo("not shown");
            assertThat(ratings.getCell(2).getStringCellValue())
                    .isEqualTo(
                            "Not shown: secondary suppression: the total would reveal suppressed"
                                    + " providers' ratings");
            Row answered = rowStartingWith(summary, "Invitations to rate answered");
            assertThat(answered.getCell(1).getStringCellValue()).isEqualTo("not shown");
            assertThat(answered.getCell(2).getStringCellValue())
                    .isEqualTo("Not shown: fewer than 11 invitations sent in the quarter");
            assertThat(
                            rowStartingWith(
                                            summary,
                                            "Invitations to rate sent in the quarter"
                                                    + " (rounded to 5)")
                                    .getCell(1)
                                    .getNumericCellValue())
                    .isEqualTo(5);
            // a language with too few ratings, and the one withheld with it
            assertThat(rowStartingWith(summary, "Hindi").getCell(2).getStringCellValue())
                    .startsWith("Not shown: fewer than 11 valid ratings in the group");
            assertThat(rowStartingWith(summary, "Bangla").getCell(1).getNumericCellValue())
                    .isEqualTo(0.9);
            // a median of too few: the sheet's note names the rule
            Sheet outcomes = wb.getSheet("Outcomes");
            assertThat(outcomeRow(outcomes, "Pension").getCell(6).getStringCellValue())
                    .isEqualTo("not shown");
            assertThat(WorkbookReadBack.rowTexts(outcomes, outcomes.getLastRowNum()).get(0))
                    .isEqualTo(
                            "Not shown: fewer than 11 survivors received the service type in the"
                                    + " quarter.");
        }
    }

    /**
     * SCORING.md: a cell says "not shown" only where a rule requires it, and the sheet names the
     * rule: on the same row, or in a note of the sheet.
     */
    @Test
    void noCellSaysNotShownWithoutItsRuleOnTheSheet() throws IOException {
        for (ReportData data :
                List.of(
                        SampleReports.funder(false),
                        SampleReports.official(),
                        SampleReports.many(
                                new ReportRequest(
                                        Quarter.parse("2026-Q2"), Audience.FUNDER, null, false),
                                40))) {
            try (XSSFWorkbook wb = WorkbookReadBack.open(write(data, List.of()))) {
                int notShown = WorkbookReadBack.assertEveryNotShownNamesItsRule(wb);
                assertThat(notShown).isPositive();
            }
        }
    }

    @Test
    void categoriesBandsChannelsAndLanguagesAppearInWords() throws IOException {
        for (ReportData data : List.of(SampleReports.funder(false), SampleReports.official())) {
            try (XSSFWorkbook wb = WorkbookReadBack.open(write(data, List.of()))) {
                Set<String> codes = new HashSet<>(SampleReports.CATEGORY_NAMES.keySet());
                for (Band band : Band.values()) {
                    codes.add(band.name());
                }
                codes.addAll(List.of("WEB", "IVR", "ASSISTED", "PAPER", "bn", "hi", "te"));
                codes.addAll(List.of("UP", "DOWN", "SAME", "NONE"));
                for (Cell cell : WorkbookReadBack.cells(wb)) {
                    if (cell.getSheet().getSheetName().equals(QuarterlyTemplate.STYLES_SHEET)
                            || cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    assertThat(codes)
                            .as(WorkbookReadBack.where(cell))
                            .doesNotContain(cell.getStringCellValue());
                }
                for (String sheet : List.of("Providers", "Districts", "Trends", "Suppression")) {
                    assertThat(WorkbookReadBack.texts(wb.getSheet(sheet)))
                            .as(sheet)
                            .contains("Police station or anti-human-trafficking unit");
                }
                assertThat(WorkbookReadBack.texts(wb.getSheet("Good practice")))
                        .contains("Hospital");
                assertThat(WorkbookReadBack.texts(wb.getSheet("Needs attention")))
                        .contains("Block development office");
                assertThat(WorkbookReadBack.texts(wb.getSheet("Summary")))
                        .contains("Phone call (IVR)", "Web form", "Bangla");
            }
        }
    }

    @Test
    void districtsShowCountsAndSharesOfProvidersInEveryRow() throws IOException {
        ReportData data = SampleReports.funder(false);
        try (XSSFWorkbook wb = WorkbookReadBack.open(write(data, List.of()))) {
            Sheet districts = wb.getSheet("Districts");
            assertThat(rowTexts(districts, 4))
                    .containsExactly(
                            "District",
                            "Category",
                            "Providers shown",
                            "Within",
                            "Above",
                            "Below, verified",
                            "Insufficient data");
            int rows = 0;
            for (int r = 5; r <= districts.getLastRowNum(); r++) {
                Row row = districts.getRow(r);
                if (row == null || row.getCell(2) == null || row.getCell(3) == null) {
                    break;
                }
                double sum = 0;
                for (int col = 2; col <= 6; col++) {
                    assertThat(row.getCell(col).getCellType())
                            .as(WorkbookReadBack.where(row.getCell(col)))
                            .isEqualTo(CellType.NUMERIC);
                    sum += col > 2 ? row.getCell(col).getNumericCellValue() : 0;
                }
                assertThat(sum).isCloseTo(1.0, within(1e-9));
                rows++;
            }
            assertThat(rows).isEqualTo(data.districts().cells().size()).isPositive();
            Row review = rowStartingWith(districts, "All districts");
            assertThat(review.getCell(1).getStringCellValue())
                    .isEqualTo("Police station or anti-human-trafficking unit");
            assertThat(review.getCell(2).getNumericCellValue()).isEqualTo(2);
        }
        try (XSSFWorkbook wb = WorkbookReadBack.open(write(SampleReports.official(), List.of()))) {
            Sheet districts = wb.getSheet("Districts");
            assertThat(rowTexts(districts, 4)).contains("Providers compared", "Below");
            assertThat(WorkbookReadBack.texts(districts)).doesNotContain("All districts");
        }
    }

    @Test
    void everySheetPrintsOnA4OnePageWideWithItsHeaderOnEveryPage() throws IOException {
        for (ReportData data : List.of(SampleReports.funder(false), SampleReports.official())) {
            try (XSSFWorkbook wb =
                    WorkbookReadBack.open(
                            write(
                                    data,
                                    List.of(
                                            new WorkbookPicture(
                                                    "Providers", SampleReports.png()))))) {
                for (String name : WorkbookReadBack.visibleSheets(wb)) {
                    XSSFSheet sheet = wb.getSheet(name);
                    var print = sheet.getPrintSetup();
                    assertThat(sheet.getFitToPage()).as(name).isTrue();
                    assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
                    assertThat(print.getFitHeight()).as(name).isZero();
                    assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                    if (name.equals("Cover") || name.equals("Summary")) {
                        continue;
                    }
                    // the table's header row, the first row of the table, is the print title
                    assertThat(sheet.getRepeatingRows()).as(name).isNotNull();
                    int header = sheet.getRepeatingRows().getFirstRow();
                    assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(header);
                    assertThat(sheet.getRow(header).getCell(0).getCellStyle().getFillPattern())
                            .as(name)
                            .isEqualTo(
                                    org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
                }
                assertThat(wb.getSheet("Providers").getPrintSetup().getLandscape()).isTrue();
                assertThat(wb.getSheet("Suppression").getPrintSetup().getLandscape()).isFalse();
                assertThat(wb.getSheet("Providers").getRepeatingRows().getFirstRow()).isEqualTo(4);
                assertThat(wb.getSheet("Summary").getPrintSetup().getLandscape()).isTrue();
            }
        }
    }

    @Test
    void rowsOfWrappedTextAreAsTallAsTheirLines() throws IOException {
        try (XSSFWorkbook wb =
                WorkbookReadBack.open(write(SampleReports.funder(false), List.of()))) {
            // the police category's name takes two lines of its column, the hospital's one
            Row police = rowStartingWith(wb.getSheet("Providers"), "100017");
            assertThat(police.getHeightInPoints()).isGreaterThanOrEqualTo(2 * 15f);
            Row hospital = null;
            for (Row row : wb.getSheet("Districts")) {
                Cell category = row.getCell(1);
                if (category != null && "Hospital".equals(category.getStringCellValue())) {
                    hospital = row;
                }
            }
            assertThat(hospital).isNotNull();
            assertThat(hospital.getHeightInPoints()).isLessThan(2 * 15f);
            // the method statement's paragraphs span the table and are as tall as they wrap
            Sheet method = wb.getSheet("Method");
            Row paragraph = method.getRow(4);
            assertThat(paragraph.getCell(0).getStringCellValue()).startsWith("Data period");
            assertThat(method.getMergedRegions())
                    .anySatisfy(
                            r -> {
                                assertThat(r.getFirstRow()).isEqualTo(4);
                                assertThat(r.getLastColumn()).isEqualTo(6);
                            });
            assertThat(paragraph.getHeightInPoints()).isGreaterThanOrEqualTo(2 * 13f);
        }
    }

    @Test
    void coverNamedCellsAreFilledAndContentsLinkToEverySheet() throws IOException {
        ReportData data = SampleReports.funder(false);
        try (XSSFWorkbook wb = WorkbookReadBack.open(write(data, List.of()))) {
            assertThat(named(wb, "ProgrammeName")).isEqualTo("Survivor Voice test programme");
            assertThat(named(wb, "Period")).isEqualTo("2026-Q2");
            assertThat(named(wb, "Audience")).isEqualTo("FUNDER");
            assertThat(named(wb, "GeneratedAt")).isEqualTo("2026-08-03");
            assertThat(named(wb, "DataPeriodNote")).contains("2025-Q3 to 2026-Q2");
            assertThat(named(wb, "ProvisionalNote")).isEmpty();
            Cell first = namedCell(wb, "ContentsStart");
            List<String> links = new ArrayList<>();
            Sheet cover = wb.getSheet("Cover");
            for (int r = first.getRowIndex(); cover.getRow(r) != null; r++) {
                Cell link = cover.getRow(r).getCell(first.getColumnIndex());
                assertThat(link.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
                assertThat(link.getHyperlink().getAddress())
                        .isEqualTo("'" + link.getStringCellValue() + "'!A1");
                links.add(link.getStringCellValue());
            }
            List<String> sheets = WorkbookReadBack.visibleSheets(wb);
            assertThat(links).containsExactlyElementsOf(sheets.subList(1, sheets.size()));
        }
    }

    @Test
    void provisionalWorkbookSaysSoOnTheCoverAndEverySheet() throws IOException {
        try (XSSFWorkbook wb =
                WorkbookReadBack.open(write(SampleReports.funder(true), List.of()))) {
            assertThat(named(wb, "ProvisionalNote")).startsWith("PROVISIONAL");
            List<String> sheets = WorkbookReadBack.visibleSheets(wb);
            for (String name : sheets.subList(1, sheets.size())) {
                assertThat(wb.getSheet(name).getRow(2).getCell(0).getStringCellValue())
                        .as(name)
                        .startsWith("PROVISIONAL");
            }
        }
        try (XSSFWorkbook wb =
                WorkbookReadBack.open(write(SampleReports.funder(false), List.of()))) {
            assertThat(WorkbookReadBack.texts(wb)).noneMatch(t -> t.startsWith("PROVISIONAL"));
        }
    }

    @Test
    void formulaLikeNamesStayText() throws IOException {
        try (XSSFWorkbook wb = WorkbookReadBack.open(write(SampleReports.official(), List.of()))) {
            Cell name = rowStartingWith(wb.getSheet("Providers"), "100025").getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(SampleReports.FORMULA_NAME);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(name.getHyperlink()).isNull();
            WorkbookReadBack.assertNoLiveFormula(wb);
        }
    }

    @Test
    void picturesGoBelowTheTablesAtTheirOwnSizeEachOnANewPage() throws IOException {
        List<WorkbookPicture> pictures =
                List.of(
                        new WorkbookPicture("Providers", SampleReports.png()),
                        new WorkbookPicture("Providers", SampleReports.png()));
        try (XSSFWorkbook wb =
                WorkbookReadBack.open(write(SampleReports.funder(false), pictures))) {
            XSSFSheet providers = wb.getSheet("Providers");
            int lastText = providers.getLastRowNum();
            List<XSSFPicture> placed = new ArrayList<>();
            providers.getDrawingPatriarch().getShapes().forEach(s -> placed.add((XSSFPicture) s));
            assertThat(placed).hasSize(2);
            int previousEnd = lastText;
            for (XSSFPicture picture : placed) {
                var anchor = picture.getClientAnchor();
                assertThat(anchor.getRow1()).isGreaterThan(previousEnd);
                assertThat(providers.getRowBreaks()).contains(anchor.getRow1() - 2);
                // 320 x 200 pixels, not stretched to cells
                var size = picture.getCTPicture().getSpPr().getXfrm().getExt();
                assertThat(size.getCx()).isEqualTo(320L * 9525);
                assertThat(size.getCy()).isEqualTo(200L * 9525);
                previousEnd = anchor.getRow2();
            }
        }
    }

    @Test
    void picturesAreEmbeddedWhereAsked() throws IOException {
        List<WorkbookPicture> pictures =
                List.of(
                        new WorkbookPicture("Summary", SampleReports.png()),
                        new WorkbookPicture("Trends", SampleReports.png()));
        try (XSSFWorkbook wb =
                WorkbookReadBack.open(write(SampleReports.funder(false), pictures))) {
            for (String sheet : List.of("Summary", "Trends")) {
                XSSFDrawing drawing = wb.getSheet(sheet).getDrawingPatriarch();
                assertThat(drawing).as(sheet).isNotNull();
                assertThat(drawing.getShapes()).hasSize(1).first().isInstanceOf(XSSFPicture.class);
                XSSFPicture picture = (XSSFPicture) drawing.getShapes().get(0);
                assertThat(picture.getPictureData().getMimeType()).isEqualTo("image/png");
            }
            assertThat(wb.getSheet("Providers").getDrawingPatriarch()).isNull();
        }
        assertThatThrownBy(
                        () ->
                                write(
                                        SampleReports.funder(false),
                                        List.of(
                                                new WorkbookPicture(
                                                        "Comments", SampleReports.png()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void progressRisesToOneHundred() {
        List<Integer> seen = new ArrayList<>();
        writer.write(
                SampleReports.funder(false), List.of(), new ByteArrayOutputStream(), seen::add);
        assertThat(seen).isSorted().endsWith(100).hasSizeGreaterThan(9);
    }

    @Test
    void temporaryFilesAreDeletedWhenTheClientDisconnects(@TempDir Path temp) throws IOException {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temp.toFile()));
        try {
            OutputStream broken =
                    new OutputStream() {
                        private int written;

                        @Override
                        public void write(int b) throws IOException {
                            if (++written > 2_000) {
                                throw new IOException("Broken pipe");
                            }
                        }
                    };
            assertThatThrownBy(
                            () ->
                                    writer.write(
                                            SampleReports.funder(false),
                                            List.of(),
                                            broken,
                                            ReportProgress.IGNORED))
                    .isInstanceOf(UncheckedIOException.class);
            write(SampleReports.funder(false), List.of());
            try (Stream<Path> left = Files.walk(temp)) {
                assertThat(left.filter(Files::isRegularFile)).isEmpty();
            }
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    @Test
    void aTemplateFolderOverridesTheShippedTemplate(@TempDir Path folder) throws IOException {
        try (XSSFWorkbook template =
                        new XSSFWorkbook(
                                getClass()
                                        .getClassLoader()
                                        .getResourceAsStream(QuarterlyTemplate.RESOURCE));
                OutputStream out = Files.newOutputStream(folder.resolve("quarterly-mis.xlsx"))) {
            template.getSheet("Cover").getRow(0).getCell(0).setCellValue("Rebranded MIS");
            template.write(out);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QuarterlyWorkbookWriter(Optional.of(folder))
                .write(SampleReports.funder(false), List.of(), out, ReportProgress.IGNORED);
        try (XSSFWorkbook wb = WorkbookReadBack.open(out.toByteArray())) {
            assertThat(wb.getSheet("Cover").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Rebranded MIS");
        }
    }

    private static String named(XSSFWorkbook wb, String name) {
        return namedCell(wb, name).getStringCellValue();
    }

    private static Cell namedCell(XSSFWorkbook wb, String name) {
        var ref =
                new org.apache.poi.ss.util.AreaReference(
                                wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion())
                        .getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** The Outcomes sheet's row of a service type (its name in the third column). */
    static Row outcomeRow(Sheet sheet, String serviceType) {
        for (Row row : sheet) {
            Cell cell = row.getCell(2);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(serviceType)) {
                return row;
            }
        }
        throw new AssertionError("no Outcomes row of " + serviceType);
    }
}
