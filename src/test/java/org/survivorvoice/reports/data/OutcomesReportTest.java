package org.survivorvoice.reports.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.Pillar;
import org.survivorvoice.reports.excel.QuarterlyWorkbookWriter;
import org.survivorvoice.reports.excel.WorkbookReadBack;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/**
 * The Outcomes sheet against the test's own SQL count over its encounters (quarter 1900-Q1):
 * distinct survivors per district, pillar and service type, a subtotal that is not the sum of its
 * rows, counts rounded to five, the median gate at 10 and 11 survivors, a PENDING that became
 * RECEIVED before the quarter's release (received) and one that became RECEIVED after it (still
 * pending), an encounter logged after the release (left out), and the official edition limited to
 * her district.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomesReportTest {

    private static final Quarter PERIOD = Quarter.parse("1900-Q1");
    private static final LocalDate JAN_10 = LocalDate.of(1900, 1, 10);

    @Inject Fixtures fixtures;
    @Inject OutcomeFixtures outcomes;
    @Inject ReportService reports;
    @Inject QuarterlyWorkbookWriter writer;
    @Inject ScoringConfig scoringConfig;
    @Inject SurvivorVoiceConfig config;

    private Area home;
    private Area other;
    private Instant release;

    /** Noon UTC of the day: the same date in the programme's time zone. */
    private static Instant noon(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).plusHours(6).toInstant();
    }

    /** Writes the programme once, before the first test (REST Assured knows the port by then). */
    @BeforeEach
    void programme() {
        if (home != null) {
            return;
        }
        home = fixtures.district();
        other = fixtures.district();
        release =
                ReleaseCalendar.releaseOf(PERIOD, config.timeZone(), scoringConfig.releaseDelay());
        String office = fixtures.provider(home.id, "BLOCK_OFFICE", "Outcomepur block office");
        String bank = fixtures.provider(home.id, "BLOCK_OFFICE", "Outcomepur bank mitra");
        String thana = fixtures.provider(home.id, "POLICE", "Outcomepur thana");
        String away = fixtures.provider(other.id, "BLOCK_OFFICE", "Elsewhere block office");
        List<Long> s = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            s.add(outcomes.survivor(home.id));
        }
        // ration card, logged as RECEIVED: s1..s10 after 2, 4, ..., 20 days
        for (int i = 1; i <= 10; i++) {
            Instant at = noon(JAN_10.plusDays(2L * i));
            outcomes.encounter(s.get(i), office, "RATION_CARD", JAN_10, "RECEIVED", at, at);
        }
        // s0 first sought it in the quarter before: 40 days from then to her receipt
        LocalDate dec1 = LocalDate.of(1899, 12, 1);
        outcomes.encounter(
                s.get(0), office, "RATION_CARD", dec1, "PENDING", noon(dec1), noon(dec1));
        outcomes.encounter(
                s.get(0), office, "RATION_CARD", JAN_10, "RECEIVED", noon(JAN_10), noon(JAN_10));
        // s11: PENDING on 1 February, RECEIVED on 3 March (30 days), before the release
        LocalDate feb1 = LocalDate.of(1900, 2, 1);
        long pendingThenReceived =
                outcomes.encounter(
                        s.get(11), office, "RATION_CARD", feb1, "PENDING", noon(feb1), noon(feb1));
        outcomes.outcomeChanged(
                pendingThenReceived, "PENDING", "RECEIVED", noon(LocalDate.of(1900, 3, 3)));
        // s12: PENDING on 10 March, RECEIVED only now, long after the release: pending in 1900-Q1
        LocalDate mar10 = LocalDate.of(1900, 3, 10);
        long receivedLater =
                outcomes.encounter(
                        s.get(12),
                        office,
                        "RATION_CARD",
                        mar10,
                        "PENDING",
                        noon(mar10),
                        noon(mar10));
        as(fixtures.user(Roles.ADMIN, null))
                .contentType(ContentType.JSON)
                .body(Map.of("outcome", "RECEIVED"))
                .patch("/api/v1/encounters/" + receivedLater)
                .then()
                .statusCode(200);
        // s19: dated in the quarter, logged after its release: left out
        LocalDate mar20 = LocalDate.of(1900, 3, 20);
        Instant july = noon(LocalDate.of(1900, 7, 1));
        outcomes.encounter(s.get(19), office, "RATION_CARD", mar20, "RECEIVED", july, july);
        // medical care: s0..s10 received after 0, 1, ..., 10 days (11 survivors: a median)
        for (int i = 0; i <= 10; i++) {
            Instant at = noon(JAN_10.plusDays(i));
            outcomes.encounter(s.get(i), office, "MEDICAL_CARE", JAN_10, "RECEIVED", at, at);
        }
        // bank account: s0..s9 received (10 survivors: no median), s13..s16 pending
        LocalDate jan15 = LocalDate.of(1900, 1, 15);
        for (int i = 0; i <= 9; i++) {
            outcomes.encounter(
                    s.get(i), bank, "BANK_ACCOUNT", jan15, "RECEIVED", noon(jan15), noon(jan15));
        }
        for (int i = 13; i <= 16; i++) {
            outcomes.encounter(
                    s.get(i), bank, "BANK_ACCOUNT", jan15, "PENDING", noon(jan15), noon(jan15));
        }
        // FIR: s13..s18 denied, s13 also pending through a second encounter
        for (int i = 13; i <= 18; i++) {
            outcomes.encounter(s.get(i), thana, "FIR", jan15, "DENIED", noon(jan15), noon(jan15));
        }
        outcomes.encounter(s.get(13), thana, "FIR", JAN_10, "PENDING", noon(JAN_10), noon(JAN_10));
        // another district: three survivors received a ration card
        for (int i = 0; i < 3; i++) {
            long survivor = outcomes.survivor(other.id);
            outcomes.encounter(
                    survivor, away, "RATION_CARD", JAN_10, "RECEIVED", noon(JAN_10), noon(JAN_10));
        }
    }

    private long expected(Area district, Set<String> types, String outcome) {
        return DisclosurePolicy.roundedTotal(
                outcomes.survivors(
                        district.id, types, PERIOD.start(), PERIOD.end(), release, outcome));
    }

    private static ReportData.OutcomeRow row(
            List<ReportData.OutcomeRow> rows, String district, Pillar pillar, String type) {
        return rows.stream()
                .filter(
                        r ->
                                r.district().equals(district)
                                        && r.pillar() == pillar
                                        && java.util.Objects.equals(r.serviceType(), type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + district + " " + type));
    }

    private void assertCounts(ReportData.OutcomeRow row, Area district, Set<String> types) {
        assertThat(row.received()).as("received").isEqualTo(expected(district, types, "RECEIVED"));
        assertThat(row.pending()).as("pending").isEqualTo(expected(district, types, "PENDING"));
        assertThat(row.denied()).as("denied").isEqualTo(expected(district, types, "DENIED"));
    }

    @Test
    void countsDistinctSurvivorsAsOfTheReleaseAndAgreeWithTheTestsOwnCount() {
        ReportData data = reports.build(new ReportRequest(PERIOD, Audience.FUNDER, null, false));
        List<ReportData.OutcomeRow> rows = data.outcomes().rows();
        assertThat(data.outcomes().asOfGeneration()).isFalse();

        ReportData.OutcomeRow ration = row(rows, home.name, Pillar.REHABILITATE, "Ration card");
        ReportData.OutcomeRow bank = row(rows, home.name, Pillar.REHABILITATE, "Bank account");
        ReportData.OutcomeRow rehab = row(rows, home.name, Pillar.REHABILITATE, null);
        ReportData.OutcomeRow fir = row(rows, home.name, Pillar.PROSECUTE, "FIR registration");
        assertCounts(ration, home, Set.of("RATION_CARD"));
        assertCounts(bank, home, Set.of("BANK_ACCOUNT"));
        assertCounts(rehab, home, Set.of("RATION_CARD", "BANK_ACCOUNT"));
        assertCounts(fir, home, Set.of("FIR"));
        assertCounts(
                row(rows, other.name, Pillar.REHABILITATE, "Ration card"),
                other,
                Set.of("RATION_CARD"));

        // by hand: ration card received s0..s11 (12 -> 10; with s19, logged too late, or s12,
        // received after the release, it would be 13 -> 15); pending s12 (1 -> 0)
        assertThat(List.of(ration.received(), ration.pending(), ration.denied()))
                .containsExactly(10L, 0L, 0L);
        // bank account: 10 received, 4 pending (-> 5)
        assertThat(List.of(bank.received(), bank.pending())).containsExactly(10L, 5L);
        // the pillar: 12 distinct survivors received (-> 10), not 12 + 10 = 22 (-> 20); pending
        // s12..s16
        assertThat(List.of(rehab.received(), rehab.pending(), rehab.denied()))
                .containsExactly(10L, 5L, 0L);
        assertThat(rehab.subtotal()).isTrue();
        assertThat(rehab.medianDays()).isNull();
        // FIR: 6 denied (-> 5); s13 pending too (1 -> 0)
        assertThat(List.of(fir.received(), fir.pending(), fir.denied()))
                .containsExactly(0L, 0L, 5L);
        // other district: 3 -> 5
        assertThat(row(rows, other.name, Pillar.REHABILITATE, "Ration card").received())
                .isEqualTo(5);

        // medians: ration card from 12 survivors: 2, 4, ..., 20, 30 (s11), 40 (s0) -> 13;
        // medical care from 11 survivors: 0, 1, ..., 10 -> 5; bank account: 10 -> not shown
        assertThat(ration.medianDays()).isEqualTo(13.0);
        ReportData.OutcomeRow medical = row(rows, home.name, Pillar.PROTECT, "Medical care");
        assertCounts(medical, home, Set.of("MEDICAL_CARE"));
        assertThat(medical.received()).isEqualTo(10);
        assertThat(medical.medianDays()).isEqualTo(5.0);
        assertThat(bank.medianDays()).isNull();
        // the pillars in order, each with its subtotal first
        List<String> homeRows =
                rows.stream()
                        .filter(r -> r.district().equals(home.name))
                        .map(r -> r.pillar() + ":" + r.serviceType())
                        .toList();
        assertThat(homeRows)
                .containsExactly(
                        "PROTECT:null",
                        "PROTECT:Medical care",
                        "REHABILITATE:null",
                        "REHABILITATE:Bank account",
                        "REHABILITATE:Ration card",
                        "PROSECUTE:null",
                        "PROSECUTE:FIR registration");
    }

    @Test
    void officialEditionHoldsHerDistrictOnlyAndTheSheetReadsBack() throws Exception {
        ReportData data =
                reports.build(new ReportRequest(PERIOD, Audience.OFFICIAL, home.id, false));
        assertThat(data.outcomes().rows()).allMatch(r -> r.district().equals(home.name));
        assertThat(data.outcomes().rows()).hasSize(7);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(data, List.of(), out, ReportProgress.IGNORED);
        try (XSSFWorkbook wb = WorkbookReadBack.open(out.toByteArray())) {
            Sheet sheet = wb.getSheet("Outcomes");
            List<String> texts = WorkbookReadBack.texts(sheet);
            assertThat(texts).noneMatch(t -> t.contains(other.name));
            Row header = findRow(sheet, 0, "District");
            assertThat(WorkbookReadBack.rowTexts(sheet, header.getRowNum()))
                    .containsExactly(
                            "District",
                            "Pillar",
                            "Service type",
                            "Received",
                            "Pending",
                            "Denied",
                            "Median days to received");
            Row ration = findRow(sheet, 2, "Ration card");
            assertThat(ration.getCell(1).getStringCellValue()).isEqualTo("Rehabilitate");
            Cell received = ration.getCell(3);
            assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(received.getNumericCellValue()).isEqualTo(10);
            assertThat(received.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(ration.getCell(6).getNumericCellValue()).isEqualTo(13);
            Row subtotal = findRows(sheet, 2, "All service types (distinct survivors)").get(1);
            assertThat(subtotal.getCell(1).getStringCellValue()).isEqualTo("Rehabilitate");
            assertThat(subtotal.getCell(3).getNumericCellValue()).isEqualTo(10);
            assertThat(subtotal.getCell(4).getNumericCellValue()).isEqualTo(5);
            assertThat(subtotal.getCell(6)).isNull();
            Row bank = findRow(sheet, 2, "Bank account");
            assertThat(bank.getCell(6).getStringCellValue()).isEqualTo("not shown");
            assertThat(texts)
                    .contains(
                            "Not shown: fewer than 11 survivors received the service type in"
                                    + " the quarter.");
            assertThat(texts)
                    .anyMatch(t -> t.contains("as they stood when the quarter was released"));
            WorkbookReadBack.assertEveryNotShownNamesItsRule(wb);
        }
    }

    @Test
    void aRegeneratedWorkbookSaysTheSame() {
        ReportRequest request = new ReportRequest(PERIOD, Audience.OFFICIAL, home.id, false);
        assertThat(reports.build(request).outcomes()).isEqualTo(reports.build(request).outcomes());
    }

    private static List<Row> findRows(Sheet sheet, int column, String text) {
        List<Row> found = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(text)) {
                found.add(row);
            }
        }
        return found;
    }

    private static Row findRow(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text);
    }
}
