package org.survivorvoice.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportProgress;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.reports.data.ReportService;
import org.survivorvoice.reports.excel.QuarterlyWorkbookWriter;
import org.survivorvoice.reports.excel.WorkbookReadBack;
import org.survivorvoice.scoring.ProviderCounts;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.ScoringQueries;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.scoring.method.CategoryScores;
import org.survivorvoice.scoring.method.ScoreCalculator;
import org.survivorvoice.scoring.method.UnitCounts;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.RatingRow;

/**
 * SAFETY.md D3, "aggregates unchanged": scores, bands and every workbook figure of a quarter are
 * the same computed before the retention purge and after it, run with the clock past both the
 * contact and the comment retention times. The programme holds what the purge touches: exited
 * survivors' own ratings, ratings keyed by a handset two of them shared (whose key the purge
 * renames) and comments (which it deletes).
 */
@QuarkusTest
class RetentionAggregatesTest {

    private static final Quarter PERIOD = Quarter.parse("1957-Q3");

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject RetentionFixtures retention;
    @Inject RetentionService purge;
    @Inject ScoringService scoring;
    @Inject ScoringQueries scoringQueries;
    @Inject ScoringConfig scoringConfig;
    @Inject ReportService reports;
    @Inject QuarterlyWorkbookWriter writer;

    record Figures(
            List<ProviderCounts> counts,
            List<CategoryScores> scores,
            List<Object> funderData,
            List<Object> officialData,
            Map<String, List<String>> funderWorkbook,
            Map<String, List<String>> officialWorkbook) {}

    @Test
    void scoresBandsAndWorkbookFiguresAreTheSameAfterThePurge() {
        long district = fixtures.district().id;
        String admin = fixtures.user(Roles.ADMIN, null);
        List<String> codes = new ArrayList<>();
        int[][] answers = {{30, 6}, {18, 16}, {9, 27}, {24, 11}};
        for (int i = 0; i < answers.length; i++) {
            String code = fixtures.provider(district, "POLICE", "Thana " + i + " " + PERIOD);
            codes.add(code);
            fixtures.ratings(code, PERIOD.toString(), answers[i][0], answers[i][1]);
        }
        String shared = OutreachFixtures.phone();
        long first = outreach.survivor(district, shared, Consent.ALL);
        long second = outreach.survivor(district, shared, Consent.ALL);
        long alone = outreach.survivor(district, OutreachFixtures.phone(), Consent.ALL);
        fixtures.survivorRatings(first, codes.get(0), PERIOD.toString(), 4);
        fixtures.survivorRatings(alone, codes.get(1), PERIOD.toString(), 3);
        for (String code : codes) {
            long provider = fixtures.providerId(code);
            retention.phoneRatings(provider, PERIOD, shared, 5, 2, 5);
            commented(provider);
        }
        for (long survivor : new long[] {first, second, alone}) {
            as(admin).post("/api/v1/survivors/" + survivor + "/exit").then().statusCode(200);
        }
        scoring.refresh(PERIOD);
        Figures before = figures(district);
        assertThat(before.officialData()).isNotEmpty();

        Instant pastBoth = Instant.now().plus(Duration.ofDays(200));
        purge.purge(pastBoth);

        assertThat(retention.contactHeld(first)).containsExactly(false, false, false);
        assertThat(retention.contactHeld(alone)).containsExactly(false, false, false);
        assertThat(retention.tablesHolding(shared)).isEmpty();
        for (String code : codes) {
            assertThat(retention.commentsOf(fixtures.providerId(code))).isZero();
        }
        Figures after = figures(district);
        assertThat(after.counts()).isEqualTo(before.counts());
        assertThat(after.scores()).isEqualTo(before.scores());
        assertThat(after.funderData()).isEqualTo(before.funderData());
        assertThat(after.officialData()).isEqualTo(before.officialData());
        assertThat(after.funderWorkbook()).isEqualTo(before.funderWorkbook());
        assertThat(after.officialWorkbook()).isEqualTo(before.officialWorkbook());
    }

    private void commented(long provider) {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            for (int i = 0; i < 3; i++) {
                                RatingRow.of(provider)
                                        .at(PERIOD, RatingRow.day(PERIOD, 30 + i))
                                        .overall(4)
                                        .comment("Smt Roy at the desk was patient")
                                        .persist();
                            }
                        });
    }

    /** Everything computed from the quarter's ratings, less what names the time it was made. */
    private Figures figures(long district) {
        List<ProviderCounts> counts =
                scoringQueries.countsForWindow(
                        scoring.window(PERIOD),
                        scoringConfig.parameters().satisfiedMinOverall(),
                        scoringConfig.verifiedOnly());
        Map<List<Long>, List<UnitCounts>> groups =
                counts.stream()
                        .collect(
                                Collectors.groupingBy(
                                        c -> List.of(c.categoryId(), c.comparisonId()),
                                        LinkedHashMap::new,
                                        Collectors.mapping(
                                                c ->
                                                        new UnitCounts(
                                                                c.providerCode(),
                                                                c.n(),
                                                                c.x(),
                                                                c.distinctRaters(),
                                                                c.answerSum(),
                                                                c.answerCount()),
                                                Collectors.toList())));
        List<CategoryScores> scores =
                groups.values().stream()
                        .map(units -> ScoreCalculator.calculate(units, scoringConfig.parameters()))
                        .toList();
        ReportData funder = reports.build(new ReportRequest(PERIOD, Audience.FUNDER, null, false));
        ReportData official =
                reports.build(new ReportRequest(PERIOD, Audience.OFFICIAL, district, false));
        return new Figures(
                counts,
                scores,
                figuresOf(funder),
                figuresOf(official),
                workbook(funder),
                workbook(official));
    }

    /** The report's data but the cover (its time of making) and the comments (purged). */
    private static List<Object> figuresOf(ReportData d) {
        return List.of(
                d.summary(),
                d.outcomes(),
                d.providers(),
                d.goodPractice(),
                d.needsAttention(),
                d.districts(),
                d.trends(),
                d.method(),
                d.suppression());
    }

    /** Every cell as shown, per sheet, but the cover's and the comments'. */
    private Map<String, List<String>> workbook(ReportData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(data, List.of(), out, ReportProgress.IGNORED);
        DataFormatter shown = new DataFormatter();
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        try (XSSFWorkbook wb = WorkbookReadBack.open(out.toByteArray())) {
            for (Sheet sheet : wb) {
                if (sheet.getSheetName().equals("Cover")
                        || sheet.getSheetName().equals("Comments")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(
                                cell.getAddress()
                                        + " "
                                        + cell.getCellType()
                                        + " "
                                        + shown.formatCellValue(cell));
                    }
                }
                sheets.put(sheet.getSheetName(), cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(sheets).containsKey("Providers");
        return sheets;
    }
}
