package org.survivorvoice.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.survivorvoice.reports.ReportProgress;

/**
 * REPORTS.md: the workbook opens without a repair prompt in LibreOffice. Where LibreOffice is
 * installed ({@code .ci/run} installs {@code libreoffice-calc-nogui}), the official edition (every
 * sheet, a picture) is converted to PDF headlessly, and its first pages rendered to PNG in {@code
 * target/report-preview/} for a reviewer (with {@code pdftoppm} from poppler-utils). Skipped where
 * the tools are absent.
 */
class WorkbookPreviewTest {

    private static final Path OUT = Path.of("target", "report-preview");

    @Test
    void libreOfficeConvertsTheWorkbookToPdf() throws Exception {
        Optional<String> office = onPath("libreoffice").or(() -> onPath("soffice"));
        assumeTrue(office.isPresent(), "LibreOffice is not installed");
        Files.createDirectories(OUT);
        Path xlsx = OUT.resolve("quarterly-official.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new QuarterlyWorkbookWriter(Optional.empty())
                    .write(
                            SampleReports.official(),
                            List.of(new WorkbookPicture("Summary", SampleReports.png())),
                            out,
                            ReportProgress.IGNORED);
        }
        Path profile = Files.createTempDirectory("lo-profile");
        Path pdf = OUT.resolve("quarterly-official.pdf");
        Files.deleteIfExists(pdf);
        int exit;
        try {
            exit =
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
        assertThat(new String(head, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        Optional<String> pdftoppm = onPath("pdftoppm");
        if (pdftoppm.isPresent()) {
            int rendered =
                    run(
                            List.of(
                                    pdftoppm.get(),
                                    "-png",
                                    "-r",
                                    "60",
                                    "-f",
                                    "1",
                                    "-l",
                                    "4",
                                    pdf.toString(),
                                    OUT.resolve("page").toString()),
                            60);
            assertThat(rendered).isZero();
            try (Stream<Path> pages = Files.list(OUT)) {
                assertThat(pages.filter(p -> p.getFileName().toString().endsWith(".png")))
                        .isNotEmpty();
            }
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
