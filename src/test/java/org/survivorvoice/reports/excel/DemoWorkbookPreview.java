package org.survivorvoice.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.demo.DemoAccounts;
import org.survivorvoice.demo.DemoProgramme;
import org.survivorvoice.demo.DemoProgrammeWriter;
import org.survivorvoice.demo.DemoSize;
import org.survivorvoice.reports.QuarterlyReports;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportProgress;
import org.survivorvoice.reports.data.ReportRequest;

/**
 * The demo programme's funder and official workbooks of its last full quarter, charts included,
 * written to {@code target/demo-preview/} for a reviewer to open or convert to PDF (issue 11: the
 * funder's ratings total was "not shown" in every quarter of the demo). Loads the dev demo
 * programme, so it runs with the benchmarks only:
 *
 * <pre>./mvnw verify -Pbenchmark -Dtest=DemoWorkbookPreview</pre>
 */
@QuarkusTest
@Tag("benchmark")
class DemoWorkbookPreview {

    private static final Path OUT = Path.of("target", "demo-preview");

    @Inject DemoProgrammeWriter demo;
    @Inject QuarterlyReports quarterly;
    @Inject SurvivorVoiceConfig config;
    @Inject Clock clock;

    @Test
    void writesTheDemoProgrammesWorkbooks() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(config.timeZone()));
        DemoProgramme programme =
                DemoProgramme.generate(20260401, DemoSize.DEMO, today, config.timeZone());
        demo.write(programme);
        List<Quarter> quarters = programme.quarters();
        Quarter period = quarters.get(quarters.size() - 1).previous();
        Files.createDirectories(OUT);
        for (ReportRequest request :
                List.of(
                        new ReportRequest(period, Audience.FUNDER, null, false),
                        new ReportRequest(period, Audience.OFFICIAL, districtId(), false))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            quarterly.write(request, out, ReportProgress.IGNORED);
            Files.write(
                    OUT.resolve(request.audience().name().toLowerCase(Locale.ROOT) + ".xlsx"),
                    out.toByteArray());
            try (XSSFWorkbook wb = WorkbookReadBack.open(out.toByteArray())) {
                Cell total =
                        WorkbookReadBack.rowStartingWith(
                                        wb.getSheet("Summary"),
                                        "Valid ratings in the scoring window (rounded to 5)")
                                .getCell(1);
                assertThat(total.getCellType())
                        .as(request.audience().name())
                        .isEqualTo(CellType.NUMERIC);
                WorkbookReadBack.assertEveryNotShownNamesItsRule(wb);
            }
        }
    }

    @Transactional
    long districtId() {
        return Area.<Area>find("name", DemoAccounts.OFFICIAL_DISTRICT).firstResult().id;
    }
}
