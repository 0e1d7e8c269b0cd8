package org.survivorvoice.reports.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.EncounterOutcome;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.reports.excel.QuarterlyWorkbookWriter;
import org.survivorvoice.reports.excel.WorkbookReadBack;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.scoring.disclosure.DisclosureGate;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.district.DistrictFixtures;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Json;
import org.survivorvoice.testing.Staff;

/**
 * Report data from real snapshots (ScoringService.refresh) against the embedded database, and the
 * workbooks written from it read back with POI. Each test uses quarters of its own, in states of
 * its own, so no two tests share a comparison group, a window or a funder edition.
 */
@QuarkusTest
class ReportServiceTest {

    private static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Inject Fixtures fixtures;
    @Inject ReportFixtures reportFixtures;
    @Inject ReportService reports;
    @Inject ScoringService scoring;
    @Inject QuarterlyWorkbookWriter writer;
    @Inject DistrictFixtures districtFixtures;

    /** Police stations of one district: ordinary ones, a clearly worse one, a suppressed one. */
    private record Programme(Area district, List<String> ordinary, String worse, String small) {}

    private Programme programme(String period, String prefix) {
        Area district = fixtures.district();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String name = i == 3 ? FORMULA_NAME : prefix + " thana " + i;
            String code = fixtures.provider(district.id, "POLICE", name);
            fixtures.ratings(code, period, 28 + i % 3, 12 - i % 3);
            codes.add(code);
        }
        String worse = fixtures.provider(district.id, "POLICE", prefix + " thana worse");
        fixtures.ratings(worse, period, 8, 32);
        String small = fixtures.provider(district.id, "POLICE", prefix + " thana small");
        fixtures.ratings(small, period, 5, 2);
        return new Programme(district, codes, worse, small);
    }

    @Test
    void funderEditionShowsNoSuppressedOrUnverifiedFlaggedProviderAndNoFreeText()
            throws IOException {
        String period = "1985-Q1";
        Programme p = programme(period, "Funderpur");
        reportFixtures.comment(p.ordinary().get(0), period, "Shri Ramesh was kind, 9830012345");
        String admin = fixtures.user(Roles.ADMIN, null);
        long survivor = Staff.enrol(admin, p.district().id, "9830055561");
        reportFixtures.encounters(
                survivor,
                p.ordinary().get(0),
                period,
                "RATION_CARD",
                EncounterOutcome.RECEIVED,
                9,
                8);
        reportFixtures.encounters(
                survivor,
                p.ordinary().get(0),
                period,
                "RATION_CARD",
                EncounterOutcome.DENIED,
                30,
                4);
        scoring.refresh(Quarter.parse(period));

        ReportData data =
                reports.build(
                        new ReportRequest(Quarter.parse(period), Audience.FUNDER, null, false));

        List<String> names = data.providers().stream().map(ReportData.ProviderRow::name).toList();
        assertThat(names)
                .contains(FORMULA_NAME)
                .doesNotContain("Funderpur thana small", "Funderpur thana worse");
        assertThat(data.providers()).noneMatch(r -> r.band() == Band.SIGNIFICANTLY_BELOW);
        assertThat(data.needsAttention().underReview()).isEqualTo(1);
        assertThat(data.needsAttention().belowAlerts()).isEmpty();
        assertThat(data.needsAttention().cusumAlerts()).isEmpty();
        assertThat(data.comments()).isEmpty();
        assertThat(data.suppression())
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.providers()).isEqualTo(1);
                            assertThat(s.reason())
                                    .isEqualTo(ReportData.SuppressionReason.FEW_RATINGS);
                        });
        // 12 encounters, rounded: 10; they were logged now, long after the quarter's release, so
        // the Outcomes sheet (as of the release) leaves them out: OutcomesReportTest
        assertThat(data.summary().encounters()).isEqualTo(10);
        assertThat(data.outcomes().rows()).isEmpty();
        assertThat(data.outcomes().asOfGeneration()).isFalse();
        assertThat(data.summary().ratings()).isNotNull();
        assertThat(data.summary().ratings() % 5).isZero();
        assertThat(data.method().categories())
                .extracting(ReportData.MethodRow::category)
                .contains("POLICE");
        assertThat(data.cover().audience()).isEqualTo("FUNDER");

        try (XSSFWorkbook wb = workbook(data)) {
            assertThat(WorkbookReadBack.visibleSheets(wb)).doesNotContain("Comments");
            List<String> texts = WorkbookReadBack.texts(wb);
            assertThat(texts)
                    .noneMatch(t -> t.contains("thana small") || t.contains("thana worse"))
                    .noneMatch(t -> t.contains("Ramesh") || t.contains("9830"))
                    .contains(FORMULA_NAME);
            WorkbookReadBack.assertNoLiveFormula(wb);
            // no day anywhere but the generation date on the cover (README of the template)
            for (Cell cell : WorkbookReadBack.cells(wb)) {
                if (cell.getCellType() == CellType.STRING
                        && DAY.matcher(cell.getStringCellValue()).find()) {
                    assertThat(WorkbookReadBack.where(cell)).isEqualTo("Cover!B7");
                }
            }
        }
    }

    @Test
    void officialEditionShowsOnlyHerDistrictWithAlertsAndRedactedComments() throws IOException {
        String period = "1987-Q1";
        Programme own = programme(period, "Ownpur");
        Programme other = programme(period, "Otherpur");
        reportFixtures.comment(
                own.ordinary().get(1), period, "Shri Ramesh at Ownpur thana 1 asked 9830012345");
        reportFixtures.comment(own.small(), period, "small station comment");
        scoring.refresh(Quarter.parse(period));

        ReportData data =
                reports.build(
                        new ReportRequest(
                                Quarter.parse(period),
                                Audience.OFFICIAL,
                                own.district().id,
                                false));

        assertThat(data.providers())
                .extracting(ReportData.ProviderRow::district)
                .containsOnly(own.district().name);
        assertThat(data.providers())
                .extracting(ReportData.ProviderRow::name)
                .contains("Ownpur thana worse");
        assertThat(data.needsAttention().belowAlerts())
                .extracting(ReportData.ProviderRow::name)
                .containsExactly("Ownpur thana worse");
        assertThat(data.comments())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.provider()).isEqualTo("Ownpur thana 1");
                            assertThat(c.text()).doesNotContain("Ramesh", "Ownpur", "9830");
                            assertThat(c.text().codePoints().filter(Character::isDigit)).isEmpty();
                        });
        assertThat(data.cover().audience()).isEqualTo("OFFICIAL: " + own.district().name);

        try (XSSFWorkbook wb = workbook(data)) {
            assertThat(WorkbookReadBack.visibleSheets(wb)).contains("Comments");
            assertThat(WorkbookReadBack.texts(wb))
                    .noneMatch(t -> t.contains("Otherpur") || t.contains(other.district().name))
                    .noneMatch(t -> t.contains("thana small") || t.contains("small station"));
            WorkbookReadBack.assertNoLiveFormula(wb);
        }
    }

    /**
     * Issue 11: a funder's workbook publishes what the rules allow. Listed providers gain ratings
     * from one quarter to the next, as they do in a rolling window, so the difference of the two
     * totals tells nothing about the suppressed provider and the total is shown; twelve invitations
     * were sent, so the response rate is shown; the Districts sheet has numbers in every row, as
     * shares of the providers a funder sees; and categories read in words.
     */
    @Test
    void funderWorkbookShowsTotalsRatesAndDistrictSharesTheRulesAllow() throws IOException {
        Quarter first = Quarter.parse("1979-Q1");
        Quarter second = first.next();
        Programme p = programme(first.toString(), "Fairpur");
        // a district of the same state whose only police station is as bad as the worse one
        Area east = reportFixtures.districtBeside(p.district().id);
        String lone = fixtures.provider(east.id, "POLICE", "Fairpur east thana");
        fixtures.ratings(lone, first.toString(), 8, 32);
        for (String code : p.ordinary()) {
            fixtures.ratings(code, second.toString(), 4, 0);
        }
        fixtures.ratings(p.worse(), second.toString(), 4, 0);
        fixtures.ratings(lone, second.toString(), 4, 0);
        String admin = fixtures.user(Roles.ADMIN, null);
        long survivor = Staff.enrol(admin, p.district().id, "9830055563");
        reportFixtures.invitations(survivor, p.ordinary().get(0), second.toString(), 12, 3);
        scoring.refresh(first);
        scoring.refresh(second);

        ReportData official =
                reports.build(new ReportRequest(second, Audience.OFFICIAL, east.id, false));
        assertThat(official.providers())
                .singleElement()
                .satisfies(r -> assertThat(r.band()).isIn(Band.BELOW, Band.SIGNIFICANTLY_BELOW));
        assertThat(official.districts().cells())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.providers()).isEqualTo(1);
                            assertThat(c.below()).isEqualTo(1.0);
                        });

        ReportData data = reports.build(new ReportRequest(second, Audience.FUNDER, null, false));

        // 10 x 44 + 3 answered + 2 x 44 flagged + 7 suppressed = 538, rounded
        assertThat(data.summary().ratings()).isEqualTo(540);
        assertThat(data.summary().invitationsSent()).isEqualTo(10);
        assertThat(data.summary().responseRate()).isEqualTo(0.25);
        // the two flagged stations are under review: out of every district's row
        assertThat(data.needsAttention().underReview()).isEqualTo(2);
        assertThat(data.districts().cells())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.district()).isEqualTo(p.district().name);
                            assertThat(c.providers()).isEqualTo(10);
                            assertThat(c.within() + c.above() + c.below() + c.insufficient())
                                    .isCloseTo(1.0, within(1e-9));
                        });
        assertThat(data.districts().underReview())
                .containsExactly(new ReportData.CategoryCount("POLICE", 2));
        // three web ratings in Bengali: withheld, and the only other group with them, so that
        // 100 % minus the other does not give them away (as the channel-mix chart does)
        assertThat(data.summary().languages())
                .extracting(ReportData.Share::label, ReportData.Share::share)
                .containsExactly(tuple("bn", null), tuple("en", null));
        assertThat(data.summary().channelMix())
                .extracting(ReportData.Share::label, ReportData.Share::share)
                .containsExactly(tuple("ASSISTED", null), tuple("WEB", null));

        try (XSSFWorkbook wb = workbook(data)) {
            Sheet summary = wb.getSheet("Summary");
            Cell total =
                    WorkbookReadBack.rowStartingWith(
                                    summary, "Valid ratings in the scoring window (rounded to 5)")
                            .getCell(1);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(540);
            Cell rate =
                    WorkbookReadBack.rowStartingWith(summary, "Invitations to rate answered")
                            .getCell(1);
            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getNumericCellValue()).isEqualTo(0.25);

            // every district row has numbers, and says nothing the Providers sheet does not
            Sheet districts = wb.getSheet("Districts");
            Row police = WorkbookReadBack.rowStartingWith(districts, p.district().name);
            assertThat(police.getCell(1).getStringCellValue())
                    .isEqualTo("Police station or anti-human-trafficking unit");
            for (int col = 2; col <= 6; col++) {
                assertThat(police.getCell(col).getCellType()).isEqualTo(CellType.NUMERIC);
            }
            long listed =
                    rowsOf(wb.getSheet("Providers")).stream()
                            .filter(r -> p.district().name.equals(text(r, 3)))
                            .count();
            assertThat(police.getCell(2).getNumericCellValue()).isEqualTo(listed);
            assertThat(WorkbookReadBack.texts(districts)).doesNotContain(east.name);
            Row review = WorkbookReadBack.rowStartingWith(districts, "All districts");
            assertThat(review.getCell(2).getNumericCellValue()).isEqualTo(2);

            WorkbookReadBack.assertEveryNotShownNamesItsRule(wb);
            List<String> codes =
                    List.of("POLICE", "HOSPITAL", "BLOCK_OFFICE", "WITHIN", "INSUFFICIENT_DATA");
            for (Cell cell : WorkbookReadBack.cells(wb)) {
                if (cell.getCellType() == CellType.STRING
                        && !cell.getSheet().getSheetName().equals("Styles")) {
                    assertThat(codes)
                            .as(WorkbookReadBack.where(cell))
                            .doesNotContain(cell.getStringCellValue());
                }
            }
        }
    }

    private static List<Row> rowsOf(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        sheet.forEach(rows::add);
        return rows;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell != null && cell.getCellType() == CellType.STRING
                ? cell.getStringCellValue()
                : null;
    }

    /** SAFETY D4: a withdrawal removes her ratings from the counts of later reports. */
    @Test
    void withdrawnReportingConsentDoesNotCount() {
        String period = "2093-Q1";
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String code = fixtures.provider(district.id, "HOSPITAL", "Consent hospital");
        fixtures.ratings(code, period, 20, 0);
        long survivor = Staff.enrol(admin, district.id, "9830055562");
        fixtures.survivorRatings(survivor, code, period, 5);
        ReportRequest request =
                new ReportRequest(Quarter.parse(period), Audience.OFFICIAL, district.id, true);
        scoring.refresh(Quarter.parse(period));
        assertThat(reports.build(request).summary().ratings()).isEqualTo(25);

        as(admin)
                .contentType("application/json")
                .body("{\"reporting\": false}")
                .patch("/api/v1/survivors/" + survivor + "/consent")
                .then()
                .statusCode(200);
        scoring.refresh(Quarter.parse(period));

        ReportData after = reports.build(request);
        assertThat(after.summary().ratings()).isEqualTo(20);
        assertThat(after.providers())
                .singleElement()
                .satisfies(r -> assertThat(r.ratingsBand()).isEqualTo("20-24"));
    }

    /**
     * SAFETY S2 over two consecutive quarters' workbooks: one suppressed provider gains ratings
     * while nothing else changes. An observer holds both workbooks: the published totals, the
     * listed providers' bands and the number of suppressed providers, and assumes the listed
     * providers unchanged. Brute force over everything consistent with those figures must leave at
     * least five values of the suppressed provider's count in each quarter.
     */
    @Test
    void consecutiveQuartersDoNotRevealASuppressedProviderBySubtraction() throws IOException {
        Quarter first = Quarter.parse("1983-Q1");
        Quarter second = first.next();
        Programme p = programme(first.toString(), "Diffpur");
        fixtures.ratings(p.small(), second.toString(), 2, 0);
        scoring.refresh(first);
        scoring.refresh(second);

        List<Published> outputs = new ArrayList<>();
        for (Quarter q : List.of(first, second)) {
            ReportData data =
                    reports.build(new ReportRequest(q, Audience.OFFICIAL, p.district().id, false));
            try (XSSFWorkbook wb = workbook(data)) {
                outputs.add(Published.readFrom(wb));
            }
        }
        Published a = outputs.get(0);
        Published b = outputs.get(1);
        assertThat(a.suppressed()).isEqualTo(1);
        assertThat(b.suppressed()).isEqualTo(1);
        assertThat(a.bands()).isEqualTo(b.bands());
        assertThat(a.total().isPresent() || b.total().isPresent()).isTrue();

        // what each quarter alone allows, then both together
        for (Published one : outputs) {
            if (one.total().isPresent()) {
                assertThat(candidates(one, null)).hasSizeGreaterThanOrEqualTo(5);
            }
        }
        if (a.total().isPresent() && b.total().isPresent()) {
            assertThat(candidates(b, a)).hasSizeGreaterThanOrEqualTo(5);
            assertThat(candidates(a, b)).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    /**
     * The Good practice sheet publishes a dimension only where 11 ratings, by as many raters,
     * answered it (SCORING.md: no percentage for a cell with n &lt; 11), however many ratings the
     * provider has; a withheld dimension says "not shown" and the sheet names the rule.
     */
    @Test
    void goodPracticeSheetWithholdsADimensionFewerThanElevenRatersAnswered() throws IOException {
        Quarter first = Quarter.parse("1969-Q1");
        Quarter second = first.next();
        Programme p = programme(first.toString(), "Goodpur");
        String better = fixtures.provider(p.district().id, "POLICE", "Goodpur thana better");
        fixtures.ratings(better, first.toString(), 40, 0);
        // dignity and timeliness: 11 answers each; listened: 10; outcome: none
        districtFixtures.answered(
                better, first.toString(), new RatingAnswers(5, 5, null, 4, null, null), 11);
        districtFixtures.answered(
                better, first.toString(), new RatingAnswers(5, null, 5, null, null, null), 10);
        scoring.refresh(first);
        scoring.refresh(second);
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin)
                .contentType(ContentType.JSON)
                .body(
                        Json.object(
                                "providerCode",
                                better,
                                "period",
                                second.toString(),
                                "label",
                                "GOOD_PRACTICE",
                                "verified",
                                true))
                .post("/api/v1/reviews")
                .then()
                .statusCode(201)
                .body("named", equalTo(true));

        ReportData data = reports.build(new ReportRequest(second, Audience.FUNDER, null, false));

        try (XSSFWorkbook wb = workbook(data)) {
            Sheet sheet = wb.getSheet("Good practice");
            Row row = WorkbookReadBack.rowStartingWith(sheet, "Goodpur thana better");
            assertThat(row.getCell(4).getNumericCellValue()).as("dignity").isEqualTo(1.0);
            assertThat(row.getCell(5).getStringCellValue()).as("listened").isEqualTo("not shown");
            assertThat(row.getCell(6).getNumericCellValue()).as("timeliness").isEqualTo(0.75);
            assertThat(row.getCell(7).getStringCellValue()).as("outcome").isEqualTo("not shown");
            assertThat(WorkbookReadBack.texts(sheet))
                    .contains(
                            "Not shown: fewer than 11 ratings, by as many raters, answered the"
                                    + " question.");
            assertThat(WorkbookReadBack.assertEveryNotShownNamesItsRule(wb)).isGreaterThan(1);
        }
    }

    /** What one workbook publishes about ratings: the Summary total, the bands, the suppressed. */
    private record Published(Optional<Long> total, List<String> bands, long suppressed) {

        static Published readFrom(XSSFWorkbook wb) {
            Cell total =
                    WorkbookReadBack.rowStartingWith(
                                    wb.getSheet("Summary"),
                                    "Valid ratings in the scoring window (rounded to 5)")
                            .getCell(1);
            List<String> bands = new ArrayList<>();
            var providers = wb.getSheet("Providers");
            for (int r = 5; r <= providers.getLastRowNum(); r++) {
                Cell band = providers.getRow(r).getCell(4);
                if (band != null) {
                    bands.add(band.getStringCellValue());
                }
            }
            long suppressed = 0;
            var suppression = wb.getSheet("Suppression");
            for (int r = 5; r <= suppression.getLastRowNum(); r++) {
                Cell count = suppression.getRow(r).getCell(3);
                if (count != null) {
                    suppressed += (long) count.getNumericCellValue();
                }
            }
            return new Published(
                    total.getCellType() == CellType.NUMERIC
                            ? Optional.of((long) total.getNumericCellValue())
                            : Optional.empty(),
                    bands.stream().sorted().toList(),
                    suppressed);
        }

        long[] listedRange() {
            long low = 0;
            long high = 0;
            for (String band : bands) {
                String[] ends = band.split("-");
                low += Long.parseLong(ends[0]);
                high += Long.parseLong(ends[1]);
            }
            return new long[] {low, high};
        }
    }

    /**
     * The suppressed sums of {@code target} consistent with its total and, when given, with the
     * other quarter's total under the same (unchanged) listed sum.
     */
    private static Set<Long> candidates(Published target, Published other) {
        long[] listed = target.listedRange();
        Set<Long> found = new TreeSet<>();
        for (long l = listed[0]; l <= listed[1]; l++) {
            for (long s = target.suppressed(); s <= target.suppressed() * 10; s++) {
                if (DisclosureGate.roundTotal(l + s) != target.total().orElseThrow()) {
                    continue;
                }
                if (other == null || consistent(other, l)) {
                    found.add(s);
                }
            }
        }
        return found;
    }

    private static boolean consistent(Published other, long listed) {
        for (long s = other.suppressed(); s <= other.suppressed() * 10; s++) {
            if (DisclosureGate.roundTotal(listed + s) == other.total().orElseThrow()) {
                return true;
            }
        }
        return false;
    }

    private XSSFWorkbook workbook(ReportData data) {
        return WorkbookReadBack.written(writer, data);
    }
}
