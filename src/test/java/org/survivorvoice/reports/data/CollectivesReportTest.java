package org.survivorvoice.reports.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.collective.CollectiveFigureQueries;
import org.survivorvoice.collective.CollectiveFigureQueries.GroupFigures;
import org.survivorvoice.collective.CollectiveRows;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.excel.QuarterlyWorkbookWriter;
import org.survivorvoice.reports.excel.WorkbookReadBack;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffUser;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.RatingRow;
import org.survivorvoice.testing.Staff;
import org.survivorvoice.testing.StaffPageClient;

/**
 * The Collectives sheet of 1905-Q2 built from collectives, memberships, enrolments, ratings and
 * encounters made for it: every published count equals the test's own SQL count over the tables,
 * rounded to five (collectives exact), in the official's edition (her district's collectives and
 * the state collective above them, not another state's) and the funder's; and nothing of a member,
 * her id, her collective's name or her peer leader, appears in any cell of either workbook, in any
 * API answer an official or funder may get, or on their pages.
 */
@QuarkusTest
class CollectivesReportTest {

    private static final Quarter QUARTER = Quarter.parse("1905-Q2");
    private static final LocalDate END = QUARTER.end();

    @Inject Fixtures fixtures;
    @Inject CollectiveRows rows;
    @Inject ReportService reports;
    @Inject QuarterlyWorkbookWriter writer;
    @Inject CollectiveFigureQueries figureQueries;

    @Test
    void theSheetCountsEqualTheTablesRoundedAndNothingOfAMemberReachesOfficialsOrFunders()
            throws Exception {
        String admin = fixtures.user(Roles.ADMIN, null);
        Area a = fixtures.district();
        Area b = fixtures.district();
        Area block1 = fixtures.block(a.id);
        Area block2 = fixtures.block(a.id);
        String worker = fixtures.user(Roles.FIELDWORKER, a.id);
        String code = fixtures.provider(a.id, "POLICE", "Thana " + a.id);
        long provider = fixtures.providerId(code);
        String unique = Long.toString(a.id);
        String stateName = "Sakhi state network " + unique;
        String siteName = "Sakhi Mahila Mandal " + unique;
        long state = collective(admin, stateName, "STATE", a.parent.id, null);
        long district =
                collective(admin, "Sakhi district forum " + unique, "DISTRICT", a.id, state);
        long site1 = collective(admin, siteName, "SITE", block1.id, district);
        long site2 = collective(admin, "Sakhi second site " + unique, "SITE", block2.id, district);
        long elsewhere = collective(admin, "Other forum " + b.id, "DISTRICT", b.id, null);
        long leader = userId(worker);
        as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", leader))
                .post("/api/v1/collectives/" + site1 + "/peer-leaders")
                .then()
                .statusCode(200);

        List<Long> s = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            s.add(Staff.enrol(worker, block1.id, phone()));
        }
        // site 1: thirteen members from February, one of whom left in June
        for (int i = 0; i < 13; i++) {
            join(worker, site1, s.get(i), "1905-02-01");
        }
        end(worker, site1, s.get(12), "1905-06-10");
        // site 2: one of site 1's members and three others, one joining only in May
        join(worker, site2, s.get(0), "1905-03-01");
        join(worker, site2, s.get(13), "1905-03-01");
        join(worker, site2, s.get(14), "1905-03-01");
        join(worker, site2, s.get(15), "1905-05-01");
        // the district collective: four of site 1's members
        for (int i = 0; i < 4; i++) {
            join(worker, district, s.get(i), "1905-02-01");
        }
        // another state's district collective: two members
        String otherWorker = fixtures.user(Roles.FIELDWORKER, b.id);
        for (int i = 0; i < 2; i++) {
            join(otherWorker, elsewhere, Staff.enrol(otherWorker, b.id, phone()), "1905-02-01");
        }
        // seven enrolled through site 1 in the quarter, one in the quarter before
        for (int i = 0; i < 7; i++) {
            rows.enrolledThrough(s.get(i), site1, Instant.parse("1905-05-10T06:00:00Z"));
        }
        rows.enrolledThrough(s.get(7), site1, Instant.parse("1905-03-10T06:00:00Z"));
        // ratings on 1 April: eight of site 1's members rate twice, one of them withdrew
        // reporting consent; site 2's May joiner rated before she joined
        for (int i = 0; i < 8; i++) {
            fixtures.survivorRatings(s.get(i), code, QUARTER.toString(), 2);
        }
        fixtures.survivorRatings(s.get(15), code, QUARTER.toString(), 1);
        as(worker)
                .contentType(ContentType.JSON)
                .body(Map.of("reporting", false))
                .patch("/api/v1/survivors/" + s.get(7) + "/consent")
                .then()
                .statusCode(200);
        // entitlements: six received in May, one pending, one received before the quarter, one
        // received by the member who left in June
        for (int i = 0; i < 6; i++) {
            rows.encounter(s.get(i), provider, a.id, LocalDate.parse("1905-05-05"), "RECEIVED");
        }
        rows.encounter(s.get(6), provider, a.id, LocalDate.parse("1905-05-05"), "PENDING");
        rows.encounter(s.get(8), provider, a.id, LocalDate.parse("1905-01-05"), "RECEIVED");
        rows.encounter(s.get(12), provider, a.id, LocalDate.parse("1905-05-05"), "RECEIVED");

        Map<String, long[]> expected = new HashMap<>();
        expected.put("Site", expected("SITE", "c.district_id = ?", a.id));
        expected.put("District", expected("DISTRICT", "c.district_id = ?", a.id));
        expected.put("State", expected("STATE", "c.state_id = ?", a.parent.id));
        // the test's own SQL agrees with the story told above
        assertThat(expected.get("Site")).containsExactly(2, 15, 7, 14, 6);
        assertThat(expected.get("District")).containsExactly(1, 4, 0, 8, 4);
        assertThat(expected.get("State")).containsExactly(1, 0, 0, 0, 0);

        ReportData official =
                reports.build(new ReportRequest(QUARTER, Audience.OFFICIAL, a.id, false));
        ReportData funder = reports.build(new ReportRequest(QUARTER, Audience.FUNDER, null, false));
        assertThat(official.collectives().rows())
                .extracting(CollectivesSheet.Row::area)
                .containsExactly(a.name, a.name, a.parent.name);
        assertThat(funder.collectives().rows())
                .extracting(CollectivesSheet.Row::area)
                .contains(a.name, a.parent.name, b.name);
        for (ReportData data : List.of(official, funder)) {
            try (XSSFWorkbook wb = workbook(data)) {
                Sheet sheet = wb.getSheet("Collectives");
                assertThat(WorkbookReadBack.rowTexts(sheet, header(sheet)))
                        .containsExactly(
                                "Level",
                                "District (state above district level)",
                                "Collectives",
                                "Members",
                                "Enrolled through peers",
                                "Members' ratings",
                                "Members who received an entitlement");
                check(sheet, "Site", a.name, expected.get("Site"));
                check(sheet, "District", a.name, expected.get("District"));
                check(sheet, "State", a.parent.name, expected.get("State"));
                assertThat(find(sheet, "District", b.name) != null).isEqualTo(data == funder);
                assertNothingOfAMember(wb, s, List.of(stateName, siteName, "Sakhi", worker));
            }
        }

        // the API and the pages: officials and funders never reach a collective or its members
        String officialUser = fixtures.user(Roles.OFFICIAL, a.id);
        String funderUser = fixtures.user(Roles.FUNDER, null);
        for (String user : List.of(officialUser, funderUser)) {
            as(user).get("/api/v1/collectives").then().statusCode(403);
            as(user).get("/api/v1/collectives/" + site1).then().statusCode(403);
            as(user).get("/api/v1/collectives/" + site1 + "/members").then().statusCode(403);
            as(user).get("/api/v1/survivors/" + s.get(0)).then().statusCode(403);
            StaffPageClient page = StaffPageClient.as(user);
            assertThat(page.get("/staff/collectives").statusCode()).isEqualTo(403);
            assertThat(page.get("/staff/collectives/" + site1).statusCode()).isEqualTo(403);
            String start =
                    page.get(user.equals(officialUser) ? "/staff/district" : "/staff/reports")
                            .asString();
            assertThat(start)
                    .doesNotContain(siteName)
                    .doesNotContain("Sakhi")
                    .doesNotContain(worker);
            for (long id : s) {
                assertThat(start).doesNotContainPattern(memberMention(id));
            }
        }
        String scores =
                as(funderUser)
                        .get("/api/v1/scores?period=" + QUARTER + "&size=500")
                        .then()
                        .extract()
                        .asString();
        assertThat(scores).doesNotContain("Sakhi").doesNotContain("collective");
    }

    /** The five figures of the level in the area, counted by the test's own SQL, exact. */
    @Test
    void aMembersRatingCountsByItsDayInTheProgrammesTimeZone() {
        String admin = fixtures.user(Roles.ADMIN, null);
        Area a = fixtures.district();
        Area block = fixtures.block(a.id);
        String worker = fixtures.user(Roles.FIELDWORKER, a.id);
        long provider = fixtures.providerId(fixtures.provider(a.id, "POLICE", "Thana " + a.id));
        long site = collective(admin, "Night site " + a.id, "SITE", block.id, null);
        long her = Staff.enrol(worker, block.id, phone());
        join(worker, site, her, "1906-05-01");
        Quarter quarter = Quarter.parse("1906-Q2");
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            // 01:30 in Kolkata on the day she joined (still 30 April in UTC)
                            RatingRow.of(provider)
                                    .by(her)
                                    .at(quarter, Instant.parse("1906-04-30T20:00:00Z"))
                                    .overall(5)
                                    .persist();
                            // 22:30 in Kolkata the evening before she joined
                            RatingRow.of(provider)
                                    .by(her)
                                    .at(quarter, Instant.parse("1906-04-30T17:00:00Z"))
                                    .overall(5)
                                    .persist();
                        });

        GroupFigures figures =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        figureQueries
                                                .figures(
                                                        quarter,
                                                        ZoneId.of("Asia/Kolkata"),
                                                        false,
                                                        Map.of(site, "site"),
                                                        Set.of(site))
                                                .get("site"));

        assertThat(figures.members()).isEqualTo(1);
        assertThat(figures.memberRatings()).isEqualTo(1);
    }

    private long[] expected(String level, String where, long area) {
        String in = " FROM collective c WHERE c.level = '" + level + "' AND " + where;
        String open =
                " AND m.joined_on <= '"
                        + END
                        + "' AND (m.left_on IS NULL OR m.left_on > '"
                        + END
                        + "')";
        return new long[] {
            rows.count("SELECT COUNT(*)" + in + " AND c.closed_on IS NULL", area),
            rows.count(
                    "SELECT COUNT(DISTINCT m.survivor_id) FROM collective_member m WHERE"
                            + " m.collective_id IN (SELECT c.id"
                            + in
                            + ")"
                            + open,
                    area),
            rows.count(
                    "SELECT COUNT(*) FROM survivor s WHERE s.identified_collective_id IN"
                            // no enrolment of this test lies within a day of a quarter's
                            // edge, so the edges may be read in UTC
                            + " (SELECT c.id"
                            + in
                            + ") AND s.created_at >= '1905-04-01'"
                            + " AND s.created_at < '1905-07-01'",
                    area),
            rows.count(
                    "SELECT COUNT(DISTINCT r.id) FROM rating r JOIN survivor s ON s.id ="
                            + " r.survivor_id JOIN collective_member m ON m.survivor_id = s.id"
                            + " WHERE r.period = '"
                            + QUARTER
                            + "' AND r.overall IS NOT NULL"
                            + " AND s.consent_reporting AND m.collective_id IN (SELECT c.id"
                            + in
                            + ") AND m.joined_on <= DATE(r.rated_at) AND (m.left_on IS NULL OR"
                            + " m.left_on > DATE(r.rated_at))",
                    area),
            rows.count(
                    "SELECT COUNT(DISTINCT m.survivor_id) FROM collective_member m JOIN"
                            + " encounter e ON e.survivor_id = m.survivor_id WHERE"
                            + " m.collective_id IN (SELECT c.id"
                            + in
                            + ")"
                            + open
                            + " AND e.outcome = 'RECEIVED' AND e.encounter_date BETWEEN '"
                            + QUARTER.start()
                            + "' AND '"
                            + END
                            + "'",
                    area)
        };
    }

    /** The row's cells: collectives exact, the rest the SQL counts rounded to five. */
    private static void check(Sheet sheet, String level, String area, long[] exact) {
        Row row = find(sheet, level, area);
        assertThat(row).as(level + " " + area).isNotNull();
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(exact[0]);
        for (int i = 1; i < 5; i++) {
            Cell cell = row.getCell(2 + i);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getCellStyle().getDataFormatString()).isIn("#,##0", "0");
            assertThat((long) cell.getNumericCellValue())
                    .as(level + " column " + (2 + i))
                    .isEqualTo(DisclosurePolicy.roundedTotal(exact[i]))
                    .matches(v -> v % 5 == 0);
        }
    }

    private static Row find(Sheet sheet, String level, String area) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            Cell second = row.getCell(1);
            if (first != null
                    && second != null
                    && first.getCellType() == CellType.STRING
                    && second.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(level)
                    && second.getStringCellValue().equals(area)) {
                return row;
            }
        }
        return null;
    }

    private static int header(Sheet sheet) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals("Level")) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header");
    }

    /**
     * No survivor id (a cell holding it as text, or text naming a survivor or member with it), no
     * collective's name and no peer leader in any cell of the workbook.
     */
    private static void assertNothingOfAMember(
            XSSFWorkbook wb, List<Long> survivors, List<String> names) {
        for (Cell cell : WorkbookReadBack.cells(wb)) {
            if (cell.getCellType() != CellType.STRING) {
                continue;
            }
            String text = cell.getStringCellValue();
            for (String name : names) {
                assertThat(text).as(WorkbookReadBack.where(cell)).doesNotContain(name);
            }
            for (long id : survivors) {
                assertThat(text.strip()).as(WorkbookReadBack.where(cell)).isNotEqualTo("" + id);
                assertThat(text)
                        .as(WorkbookReadBack.where(cell))
                        .doesNotContainPattern(memberMention(id));
            }
        }
    }

    /** Text that names a survivor or member by the id: "survivor 42", "member #42", "id 42". */
    private static String memberMention(long id) {
        return "(?i)(survivor|member|#|id)[^0-9a-z]{0,3}" + id + "\\b";
    }

    private XSSFWorkbook workbook(ReportData data) {
        return WorkbookReadBack.written(writer, data);
    }

    private static long collective(
            String admin, String name, String level, long areaId, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("level", level);
        body.put("areaId", areaId);
        body.put("formedOn", "1905-01-10");
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return as(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/collectives")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static void join(String user, long collective, long survivor, String on) {
        as(user).contentType(ContentType.JSON)
                .body(Map.of("survivorId", survivor, "consent", true, "joinedOn", on))
                .post("/api/v1/collectives/" + collective + "/members")
                .then()
                .statusCode(201);
    }

    private static void end(String user, long collective, long survivor, String on) {
        as(user).contentType(ContentType.JSON)
                .body(Map.of("leftOn", on))
                .patch("/api/v1/collectives/" + collective + "/members/" + survivor)
                .then()
                .statusCode(200);
    }

    private static long userId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> StaffUser.findByUsername(username).id);
    }

    private static String phone() {
        return "9" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}
