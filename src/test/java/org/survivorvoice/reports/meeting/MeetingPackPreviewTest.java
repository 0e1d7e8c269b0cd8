package org.survivorvoice.reports.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.chart.ChartPng;
import org.survivorvoice.reports.excel.QuarterlyWorkbookWriter;
import org.survivorvoice.reports.excel.WorkbookPicture;
import org.survivorvoice.reports.excel.WorkbookReadBack;
import org.survivorvoice.reports.meeting.MeetingPackData.Action;
import org.survivorvoice.reports.meeting.MeetingPackData.Alert;
import org.survivorvoice.reports.meeting.MeetingPackData.CategoryGaps;
import org.survivorvoice.reports.meeting.MeetingPackData.Dimension;
import org.survivorvoice.reports.meeting.MeetingPackData.Need;
import org.survivorvoice.reports.meeting.MeetingPackData.ProviderGaps;
import org.survivorvoice.response.ResponseStatus;
import org.survivorvoice.response.ResponseTheme;
import org.survivorvoice.scoring.method.Band;

/**
 * A meeting pack written from hand-made data (no database) and converted by LibreOffice, as an
 * organisation opens it: every sheet prints on A4 and its text is there, and each PDF page is
 * rendered to {@code target/meeting-preview/} for a reviewer to look at. Skipped, not failed, where
 * LibreOffice or poppler-utils are not installed (README).
 */
class MeetingPackPreviewTest {

    private static final Path OUT = Path.of("target", "meeting-preview");

    @Test
    void libreOfficeRendersEverySheetOfThePack() throws Exception {
        Optional<String> office = onPath("libreoffice").or(() -> onPath("soffice"));
        assumeTrue(office.isPresent(), "LibreOffice is not installed");
        assumeTrue(onPath("pdftotext").isPresent(), "poppler-utils is not installed");
        MeetingPackData data = sample();
        List<WorkbookPicture> charts = new ArrayList<>();
        for (CategoryGaps category : data.categories()) {
            charts.add(
                    new WorkbookPicture(
                            "Gaps",
                            ChartPng.bytes(
                                    GapChart.chart(category, data.district(), "1949-Q2"),
                                    GapChart.WIDTH,
                                    GapChart.height(category))));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new MeetingPackWriter(new QuarterlyWorkbookWriter(Optional.empty()))
                .write(data, charts, bytes);
        Files.createDirectories(OUT);
        Path xlsx = OUT.resolve("meeting-pack.xlsx");
        Files.write(xlsx, bytes.toByteArray());
        try (XSSFWorkbook wb = WorkbookReadBack.open(bytes.toByteArray())) {
            WorkbookReadBack.assertNoLiveFormula(wb);
            assertThat(wb.getSheet("Gaps").getDrawingPatriarch().getShapes()).hasSize(2);
        }

        Path profile = Files.createTempDirectory("lo-profile");
        try {
            assertThat(
                            run(
                                    List.of(
                                            office.get(),
                                            "-env:UserInstallation=" + profile.toUri(),
                                            "--headless",
                                            "--convert-to",
                                            "pdf",
                                            "--outdir",
                                            OUT.toString(),
                                            xlsx.toString()),
                                    180))
                    .isZero();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
        Path pdf = OUT.resolve("meeting-pack.pdf");
        Path text = OUT.resolve("meeting-pack.txt");
        assertThat(run(List.of("pdftotext", "-layout", pdf.toString(), text.toString()), 60))
                .isZero();
        String printed = Files.readString(text, StandardCharsets.UTF_8);
        // every sheet prints, named in its footer, with its content
        for (String sheet : List.of("Cover", "Gaps", "Needs a response", "Actions", "Alerts")) {
            assertThat(printed).as(sheet).contains(sheet + ", page ");
        }
        assertThat(printed)
                .contains(
                        "Interface meeting pack",
                        "Thana Basirhat",
                        "=HYPERLINK(\"http://x\",\"y\")",
                        "not shown",
                        "Chairs in the waiting room");
        onPath("pdftoppm")
                .ifPresent(
                        tool -> {
                            try {
                                run(
                                        List.of(
                                                tool,
                                                "-png",
                                                "-r",
                                                "60",
                                                pdf.toString(),
                                                OUT.resolve("page").toString()),
                                        120);
                            } catch (IOException | InterruptedException e) {
                                throw new IllegalStateException(e);
                            }
                        });
    }

    /** Two categories, a provider above the gate and one under it, each kind of action. */
    static MeetingPackData sample() {
        List<Dimension> dims =
                List.of(
                        new Dimension("dignity", 0.75, 1.0),
                        new Dimension("listened", 0.5, 0.75),
                        new Dimension("timeliness", null, 0.5),
                        new Dimension("outcome", 0.6, null));
        List<Dimension> unscored =
                List.of(
                        new Dimension("dignity", null, 0.75),
                        new Dimension("listened", null, 0.75),
                        new Dimension("timeliness", null, 0.5),
                        new Dimension("outcome", null, 1.0));
        CategoryGaps police =
                new CategoryGaps(
                        "POLICE",
                        "Police station or anti-human-trafficking unit",
                        List.of(
                                new ProviderGaps(
                                        "417521",
                                        "Thana Basirhat",
                                        Band.BELOW,
                                        0.41,
                                        1.0,
                                        true,
                                        dims),
                                new ProviderGaps(
                                        "417538",
                                        "Thana Hasnabad",
                                        null,
                                        null,
                                        0.75,
                                        true,
                                        unscored)));
        CategoryGaps hospital =
                new CategoryGaps(
                        "HOSPITAL",
                        "Hospital",
                        List.of(
                                new ProviderGaps(
                                        "500013",
                                        "District hospital, Barasat",
                                        Band.WITHIN,
                                        0.68,
                                        0.75,
                                        true,
                                        dims)));
        return new MeetingPackData(
                "Survivor Voice",
                7,
                "North 24 Parganas",
                Quarter.parse("1949-Q2"),
                "1949-08-02 10:15",
                false,
                List.of(hospital, police),
                List.of(
                        new Need(
                                "417521",
                                "Thana Basirhat",
                                "Police station",
                                Band.BELOW,
                                1,
                                LocalDate.of(1949, 7, 31),
                                null),
                        new Need(
                                "500013",
                                "District hospital, Barasat",
                                "Hospital",
                                null,
                                2,
                                LocalDate.of(1949, 7, 2),
                                12L)),
                List.of(
                        new Action(
                                1,
                                Quarter.parse("1949-Q1"),
                                "417521",
                                "Thana Basirhat",
                                ResponseTheme.DIGNITY,
                                "=HYPERLINK(\"http://x\",\"y\")",
                                "Station house officer",
                                LocalDate.of(1949, 9, 30),
                                ResponseStatus.PLANNED,
                                null,
                                null),
                        new Action(
                                2,
                                Quarter.parse("1948-Q4"),
                                "500013",
                                "District hospital, Barasat",
                                ResponseTheme.TIMELINESS,
                                "Chairs in the waiting room and a token system so that nobody"
                                        + " waits without knowing her turn",
                                "Medical superintendent",
                                LocalDate.of(1949, 3, 31),
                                ResponseStatus.DONE,
                                LocalDate.of(1949, 3, 20),
                                0.8),
                        new Action(
                                3,
                                Quarter.parse("1948-Q4"),
                                "417521",
                                "Thana Basirhat",
                                ResponseTheme.MONEY_ASKED,
                                "Notice board: no fee for an FIR",
                                "Station house officer",
                                LocalDate.of(1949, 2, 28),
                                ResponseStatus.DONE,
                                LocalDate.of(1949, 2, 1),
                                null)),
                List.of(
                        new Alert(
                                "500013",
                                "District hospital, Barasat",
                                "Hospital",
                                LocalDate.of(1949, 5, 14))));
    }

    private static Optional<String> onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return Optional.of(Path.of(dir, tool).toString());
            }
        }
        return Optional.empty();
    }

    private static int run(List<String> command, int seconds)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
