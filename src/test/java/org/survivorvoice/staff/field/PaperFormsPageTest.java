package org.survivorvoice.staff.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.staff.field.PaperFormWorkbooks.form;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;
import org.survivorvoice.testing.StaffPageClient;

@QuarkusTest
class PaperFormsPageTest {

    private static final LocalDate DAY = LocalDate.now().minusDays(3);

    @Inject Fixtures fixtures;
    @Inject FieldCounts counts;

    @Test
    void theTemplateHasAHeaderRowAndAnInstructionsSheet() throws IOException {
        String worker = fixtures.user(Roles.FIELDWORKER, null);

        Response download =
                StaffPageClient.as(worker).get("/staff/paper-forms/template.xlsx?lang=bn");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).startsWith(PaperFormTemplate.XLSX);
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(download.asByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("ফর্ম");
            assertThat(workbook.getSheetName(1)).isEqualTo("নির্দেশাবলি");
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) PaperFormColumn.values().length);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("প্রদানকারীর কোড");
            assertThat(header.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(workbook.getSheetAt(0).getDataValidations()).hasSize(2);
            assertThat(workbook.getSheetAt(1).getLastRowNum())
                    .isEqualTo(PaperFormTemplate.INSTRUCTION_LINES + 1);
        }
    }

    @Test
    void storesAGoodFileAsPaperRatingsInOneGo() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "PANCHAYAT", "Gram panchayat");
        long survivor = Staff.enrol(worker, district.id, "9830013001");
        long encounter = Staff.encounter(worker, survivor, code);

        Response posted =
                upload(
                        worker,
                        PaperFormWorkbooks.of(
                                List.of(
                                        form(code, DAY, 4, "yes", null),
                                        form(code, DAY.toString(), 2, "না", null),
                                        form(code, DAY, 5, null, encounter))));

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(counts.paperRatingsOf(code, false)).isEqualTo(2);
        assertThat(counts.paperRatingsOf(code, true)).isEqualTo(1);
        String page =
                StaffPageClient.as(worker)
                        .get(
                                posted.header("Location").replaceAll("^https?://[^/]+", "")
                                        + "&lang=en")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertThat(page).contains("3 ratings stored, 1 of them tied to an encounter");
    }

    @Test
    void listsEveryBadRowAndStoresNothing() {
        Area district = fixtures.district();
        Area other = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Thana");
        String otherCode = fixtures.provider(other.id, "POLICE", "Other thana");
        String wrongDigit = code.substring(0, 5) + ((code.charAt(5) - '0' + 1) % 10);

        String page =
                upload(
                                worker,
                                PaperFormWorkbooks.of(
                                        List.of(
                                                form(code, DAY, 4, "yes", null),
                                                form(wrongDigit, DAY, 4, null, null),
                                                form(otherCode, DAY, 4, null, null),
                                                form(
                                                        code,
                                                        LocalDate.now().plusDays(5),
                                                        3,
                                                        null,
                                                        null),
                                                form(code, DAY, 7, null, null),
                                                form(code, "=TODAY()", 3, null, null))))
                        .then()
                        .statusCode(400)
                        .extract()
                        .asString();

        assertThat(page)
                .contains("9 problems: nothing from this file was stored")
                .contains(
                        "<td>3</td><td>Provider code</td><td>A digit of the provider code is"
                                + " mistyped")
                .contains(
                        "<td>4</td><td>Provider code</td><td>No provider with this code in your"
                                + " district.")
                .contains("<td>5</td><td>Date</td>")
                .contains("is in the future")
                .contains("<td>6</td><td>Overall (1-5)</td>")
                .contains("<td>7</td><td>Date</td><td>The cell holds a formula");
        assertThat(counts.ratingsOf(code)).isZero();
        assertThat(counts.ratingsOf(otherCode)).isZero();
    }

    @Test
    void refusesWhatIsNotAWorkbookTooManyRowsAndTooLargeAFile() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String code = fixtures.provider(district.id, "POLICE", "Thana");
        long before = counts.allRatings();

        assertRefused(
                worker,
                "hello,world\n".getBytes(StandardCharsets.UTF_8),
                400,
                "is not a readable .xlsx workbook");
        assertRefused(
                worker,
                PaperFormWorkbooks.of(Collections.nCopies(10_000, form(code, DAY, 4, null, null))),
                400,
                "more than 5,000 rows");
        byte[] huge = new byte[20 * 1024 * 1024];
        assertRefused(worker, huge, 413, "larger than 10 MB");
        assertRefused(
                worker,
                PaperFormWorkbooks.of(new ArrayList<>()),
                400,
                "no forms below its header row");

        assertThat(counts.ratingsOf(code)).isZero();
        assertThat(counts.allRatings()).isEqualTo(before);
    }

    @Test
    void aDistrictBoundWorkerCannotTieAFormToAnotherDistrictsEncounter() {
        Area district = fixtures.district();
        Area other = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String otherWorker = fixtures.user(Roles.FIELDWORKER, other.id);
        String otherCode = fixtures.provider(other.id, "POLICE", "Other thana");
        long survivor = Staff.enrol(otherWorker, other.id, "9830013002");
        long encounter = Staff.encounter(otherWorker, survivor, otherCode);

        String page =
                upload(
                                worker,
                                PaperFormWorkbooks.of(
                                        List.of(form(otherCode, DAY, 4, null, encounter))))
                        .then()
                        .statusCode(400)
                        .extract()
                        .asString();

        assertThat(page).contains("No encounter with this number in your district.");
        assertThat(counts.ratingsOf(otherCode)).isZero();
    }

    private void assertRefused(String worker, byte[] body, int status, String message) {
        String page = upload(worker, body).then().statusCode(status).extract().asString();
        assertThat(page).contains(message).contains("name=\"file\"");
    }

    private static Response upload(String worker, byte[] workbook) {
        return StaffPageClient.as(worker)
                .postMultipart(
                        "/staff/paper-forms?lang=en",
                        "file",
                        "forms.xlsx",
                        workbook,
                        PaperFormTemplate.XLSX,
                        Map.of());
    }
}
