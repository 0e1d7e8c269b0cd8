package org.survivorvoice.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.chart.ChartPng;
import org.survivorvoice.reports.chart.TrainingEffectChart;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportProgress;
import org.survivorvoice.reports.data.ReportRequest;

/**
 * REPORTS.md: the workbook opens without a repair prompt in LibreOffice, and issue 11: every sheet
 * prints readably. Where LibreOffice and poppler are installed ({@code .ci/run} installs {@code
 * libreoffice-calc-nogui}, {@code poppler-utils} and the Calibri-compatible Carlito font), a funder
 * and an official edition long enough to run over several pages, with charts, are converted to PDF
 * headlessly, and the PDF is read back with {@code pdftotext -bbox}: each page names its sheet in
 * the footer, is A4 in the sheet's orientation, carries the sheet's table header with its first and
 * last column side by side (so the sheet fits the page width and its header repeats), and has no
 * two words printed over each other (wrapped rows tall enough, no text running into the next cell).
 * Every page is rendered to PNG in {@code target/report-preview/} for a reviewer. Skipped where the
 * tools are absent.
 */
class WorkbookPreviewTest {

    private static final Path OUT = Path.of("target", "report-preview");
    private static final Pattern FOOTER = Pattern.compile("(.+), page (\\d+) of (\\d+)");
    private static final Pattern PAGE =
            Pattern.compile(
                    "<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>", Pattern.DOTALL);
    private static final Pattern WORD =
            Pattern.compile(
                    "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\""
                            + " yMax=\"([\\d.]+)\">(.*?)</word>");
    private static final double A4_SHORT = 595.3;
    private static final double A4_LONG = 841.9;

    @Test
    void funderEditionPrintsEverySheetOnePageWide() throws Exception {
        preview(
                "funder",
                SampleReports.many(
                        new ReportRequest(Quarter.parse("2026-Q2"), Audience.FUNDER, null, true),
                        140));
    }

    @Test
    void officialEditionPrintsEverySheetOnePageWide() throws Exception {
        preview(
                "official",
                SampleReports.many(
                        new ReportRequest(Quarter.parse("2026-Q2"), Audience.OFFICIAL, 7L, false),
                        60));
    }

    private void preview(String edition, ReportData data) throws Exception {
        Optional<String> office = onPath("libreoffice").or(() -> onPath("soffice"));
        assumeTrue(office.isPresent(), "LibreOffice is not installed");
        assumeTrue(onPath("pdftotext").isPresent(), "poppler-utils is not installed");
        Files.createDirectories(OUT);
        Path xlsx = OUT.resolve("quarterly-" + edition + ".xlsx");
        byte[] chart = SampleReports.png(900, 560);
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new QuarterlyWorkbookWriter(Optional.empty())
                    .write(
                            data,
                            List.of(
                                    new WorkbookPicture("Summary", chart),
                                    new WorkbookPicture("Summary", chart),
                                    new WorkbookPicture("Providers", chart),
                                    new WorkbookPicture("Providers", chart),
                                    new WorkbookPicture("Trends", chart),
                                    new WorkbookPicture(
                                            "Training",
                                            ChartPng.bytes(
                                                    TrainingEffectChart.chart(
                                                            SampleReports.training()
                                                                    .events()
                                                                    .get(0)),
                                                    ChartPng.WIDTH,
                                                    ChartPng.HEIGHT))),
                            out,
                            ReportProgress.IGNORED);
        }
        Path pdf = convert(office.get(), xlsx);

        Path text = OUT.resolve("quarterly-" + edition + ".html");
        assertThat(run(List.of("pdftotext", "-bbox", pdf.toString(), text.toString()), 60))
                .isZero();
        List<Page> pages = pages(Files.readString(text, StandardCharsets.UTF_8));
        render(edition, pdf, pages);

        try (XSSFWorkbook wb = WorkbookReadBack.open(Files.readAllBytes(xlsx))) {
            Map<String, List<Page>> bySheet = new LinkedHashMap<>();
            for (Page page : pages) {
                bySheet.computeIfAbsent(page.sheet(), s -> new ArrayList<>()).add(page);
            }
            // every sheet prints, in order, and no sheet spills into pages of its own right half
            assertThat(bySheet.keySet())
                    .containsExactlyElementsOf(WorkbookReadBack.visibleSheets(wb));
            bySheet.forEach((sheet, printed) -> checkSheet(wb.getSheet(sheet), printed));
            assertThat(bySheet.get("Providers")).hasSizeGreaterThan(2);
        }
    }

    private static void checkSheet(XSSFSheet sheet, List<Page> printed) {
        String name = sheet.getSheetName();
        boolean landscape = sheet.getPrintSetup().getLandscape();
        for (Page page : printed) {
            String where = name + ", PDF page " + page.number();
            assertThat(page.width())
                    .as(where + " width")
                    .isCloseTo(
                            landscape ? A4_LONG : A4_SHORT,
                            org.assertj.core.api.Assertions.within(1.0));
            assertThat(page.height())
                    .as(where + " height")
                    .isCloseTo(
                            landscape ? A4_SHORT : A4_LONG,
                            org.assertj.core.api.Assertions.within(1.0));
            for (Word w : page.words()) {
                assertThat(w.xMin() >= 0 && w.xMax() <= page.width())
                        .as(where + ": " + w.text() + " off the page")
                        .isTrue();
            }
            assertNoOverprint(where, page);
        }
        // the first page opens with the sheet's title (the cover with its contents)
        String title = name.equals("Cover") ? "Contents" : name.split(" ")[0];
        assertThat(printed.get(0).has(title)).as(name + " title").isTrue();
        CellRangeAddress titles = sheet.getRepeatingRows();
        if (titles == null) {
            return;
        }
        // the header's first and last titles side by side on every page: the table is one page
        // wide and its header is repeated
        Row header = sheet.getRow(titles.getFirstRow());
        String first = firstWord(header.getCell(0));
        String last = firstWord(header.getCell(header.getLastCellNum() - 1));
        for (Page page : printed) {
            assertThat(page.sideBySide(first, last))
                    .as(name + ", PDF page " + page.number() + ": header " + first + " ... " + last)
                    .isTrue();
        }
    }

    /** No two words overlap: lines printed over each other, or text running into a neighbour. */
    private static void assertNoOverprint(String where, Page page) {
        List<Word> words = page.words();
        for (int i = 0; i < words.size(); i++) {
            Word a = words.get(i);
            for (int j = i + 1; j < words.size(); j++) {
                Word b = words.get(j);
                double x = Math.min(a.xMax(), b.xMax()) - Math.max(a.xMin(), b.xMin());
                double y = Math.min(a.yMax(), b.yMax()) - Math.max(a.yMin(), b.yMin());
                double height = Math.min(a.yMax() - a.yMin(), b.yMax() - b.yMin());
                assertThat(x > 1.0 && y > 0.4 * height)
                        .as(where + ": '" + a.text() + "' and '" + b.text() + "' overlap")
                        .isFalse();
            }
        }
    }

    private static String firstWord(Cell cell) {
        return cell.getStringCellValue().split(" ")[0];
    }

    private Path convert(String office, Path xlsx) throws Exception {
        Path profile = Files.createTempDirectory("lo-profile");
        Path pdf = OUT.resolve(xlsx.getFileName().toString().replace(".xlsx", ".pdf"));
        Files.deleteIfExists(pdf);
        int exit;
        try {
            exit =
                    run(
                            List.of(
                                    office,
                                    "-env:UserInstallation=" + profile.toUri(),
                                    "--headless",
                                    "--convert-to",
                                    "pdf",
                                    "--outdir",
                                    OUT.toString(),
                                    xlsx.toString()),
                            180);
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
        assertThat(exit).isZero();
        assertThat(pdf).exists();
        byte[] head = Files.readAllBytes(pdf);
        assertThat(new String(head, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return pdf;
    }

    /** Each page as a PNG named by edition, page and sheet, for a reviewer. */
    private void render(String edition, Path pdf, List<Page> pages) throws Exception {
        Optional<String> pdftoppm = onPath("pdftoppm");
        if (pdftoppm.isEmpty()) {
            return;
        }
        try (Stream<Path> old = Files.list(OUT)) {
            for (Path stale :
                    old.filter(p -> p.getFileName().toString().startsWith(edition + "-"))
                            .toList()) {
                Files.delete(stale);
            }
        }
        for (Page page : pages) {
            String file =
                    String.format(
                            "%s-%02d-%s", edition, page.number(), page.sheet().replace(' ', '-'));
            int rendered =
                    run(
                            List.of(
                                    pdftoppm.get(),
                                    "-png",
                                    "-r",
                                    "60",
                                    "-f",
                                    String.valueOf(page.number()),
                                    "-l",
                                    String.valueOf(page.number()),
                                    "-singlefile",
                                    pdf.toString(),
                                    OUT.resolve(file).toString()),
                            60);
            assertThat(rendered).isZero();
        }
        try (Stream<Path> files = Files.list(OUT)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith(edition + "-")))
                    .hasSize(pages.size());
        }
    }

    /** The pages of {@code pdftotext -bbox} output, each named by its footer's sheet. */
    static List<Page> pages(String html) {
        List<Page> pages = new ArrayList<>();
        Matcher page = PAGE.matcher(html);
        while (page.find()) {
            List<Word> words = new ArrayList<>();
            Matcher word = WORD.matcher(page.group(3));
            while (word.find()) {
                words.add(
                        new Word(
                                Double.parseDouble(word.group(1)),
                                Double.parseDouble(word.group(2)),
                                Double.parseDouble(word.group(3)),
                                Double.parseDouble(word.group(4)),
                                unescape(word.group(5))));
            }
            double lowest = words.stream().mapToDouble(Word::yMin).max().orElse(0);
            StringBuilder footer = new StringBuilder();
            words.stream()
                    .filter(w -> w.yMin() > lowest - 2)
                    .sorted(java.util.Comparator.comparingDouble(Word::xMin))
                    .forEach(w -> footer.append(footer.isEmpty() ? "" : " ").append(w.text()));
            Matcher named = FOOTER.matcher(footer);
            assertThat(named.matches()).as("footer of PDF page " + (pages.size() + 1)).isTrue();
            assertThat(Integer.parseInt(named.group(2))).isEqualTo(pages.size() + 1);
            pages.add(
                    new Page(
                            pages.size() + 1,
                            named.group(1),
                            Double.parseDouble(page.group(1)),
                            Double.parseDouble(page.group(2)),
                            words.stream().filter(w -> w.yMin() <= lowest - 2).toList()));
        }
        assertThat(pages).isNotEmpty();
        return pages;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    record Word(double xMin, double yMin, double xMax, double yMax, String text) {}

    record Page(int number, String sheet, double width, double height, List<Word> words) {

        boolean has(String text) {
            return words.stream().anyMatch(w -> w.text().equals(text));
        }

        /** Whether the two words stand on one line (a header row), the second to the right. */
        boolean sideBySide(String left, String right) {
            for (Word a : words) {
                for (Word b : words) {
                    if (a.text().equals(left)
                            && b.text().equals(right)
                            && b.xMin() > a.xMax()
                            && Math.abs((a.yMin() + a.yMax()) - (b.yMin() + b.yMax())) / 2 < 20) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static int run(List<String> command, int seconds)
            throws IOException, InterruptedException {
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(OUT.resolve("convert.log").toFile())
                        .start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in " + seconds + " s");
        }
        return process.exitValue();
    }

    private static Optional<String> onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }
}
