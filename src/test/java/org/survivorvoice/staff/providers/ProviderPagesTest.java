package org.survivorvoice.staff.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.i18n.StaffMessages;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.provider.ProviderCode;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/**
 * The admin's provider pages: list, create, edit, deactivate, and the import page with every kind
 * of bad upload shown in the page's language and nothing stored.
 */
@QuarkusTest
class ProviderPagesTest {

    private static final String IMPORT = "/staff/providers/import";
    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject Fixtures fixtures;
    @Inject StaffMessages messages;

    private String admin;
    private Area district;
    private Area block;

    @BeforeEach
    void programme() {
        admin = fixtures.user(Roles.ADMIN, null);
        district = fixtures.district();
        block = fixtures.block(district.id);
    }

    @Test
    void listsProvidersByDistrictAndCategory() {
        fixtures.provider(district.id, "POLICE", "Thana Listed");
        fixtures.provider(district.id, "HOSPITAL", "Hospital Filtered Out");
        fixtures.provider(fixtures.district().id, "POLICE", "Thana Elsewhere");

        String page =
                page(
                        StaffPageClient.as(admin)
                                .get(
                                        "/staff/providers?district="
                                                + district.id
                                                + "&category=POLICE&lang=bn"),
                        200);

        assertThat(page)
                .contains("Thana Listed", text("bn", "providers.title"))
                .doesNotContain("Hospital Filtered Out", "Thana Elsewhere");
    }

    @Test
    void adminCreatesEditsAndDeactivatesAProviderEachAudited() {
        StaffPageClient client = StaffPageClient.as(admin);
        Response created =
                client.postForm(
                        "/staff/providers/new",
                        Map.of(
                                "name",
                                "Thana Page",
                                "category",
                                "POLICE",
                                "areaId",
                                "" + district.id));
        assertThat(created.statusCode()).isEqualTo(303);
        String code =
                created.header("Location").replaceAll(".*/staff/providers/edit/([0-9]+).*", "$1");
        assertThat(ProviderCode.parse(code)).isPresent();
        assertThat(page(client.get("/staff/providers/edit/" + code + "?created=1"), 200))
                .contains("Thana Page", code);

        assertThat(
                        client.postForm(
                                        "/staff/providers/edit/" + code,
                                        Map.of(
                                                "name",
                                                "Thana Renamed",
                                                "category",
                                                "HOSPITAL",
                                                "areaId",
                                                "" + block.id))
                                .statusCode())
                .isEqualTo(303);
        as(admin)
                .get("/api/v1/providers/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("Thana Renamed"))
                .body("category", equalTo("HOSPITAL"))
                .body("areaId", equalTo(block.id.intValue()))
                .body("active", equalTo(true));

        assertThat(
                        client.postForm("/staff/providers/edit/" + code + "/deactivate", Map.of())
                                .statusCode())
                .isEqualTo(303);
        as(admin).get("/api/v1/providers/" + code).then().body("active", equalTo(false));
        assertThat(fixtures.auditActions("provider", fixtures.providerId(code)))
                .containsExactly("CREATE", "UPDATE", "DEACTIVATE");
    }

    @Test
    void aFormWithProblemsShowsThemInThePageLanguageAndStoresNothing() {
        long before = total();
        long state = fixtures.district().parent.id;

        String page =
                page(
                        StaffPageClient.as(admin)
                                .postForm(
                                        "/staff/providers/new?lang=hi",
                                        Map.of(
                                                "name",
                                                " ",
                                                "category",
                                                "NO_SUCH",
                                                "areaId",
                                                "" + state)),
                        422);

        assertThat(page)
                .contains(
                        text("hi", "providers.form.invalid"),
                        text("hi", "providers.reason.blank"),
                        text("hi", "providers.reason.no-such-category"),
                        text("hi", "providers.reason.not-in-a-district"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aCodeWithAWrongCheckDigitIsNotFound() {
        String code = fixtures.provider(district.id, "POLICE", "Thana Check");
        char last = code.charAt(code.length() - 1);
        String wrong = code.substring(0, code.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        StaffPageClient client = StaffPageClient.as(admin);

        assertThat(client.get("/staff/providers/edit/" + wrong).statusCode()).isEqualTo(404);
        assertThat(
                        client.postForm("/staff/providers/edit/" + wrong + "/deactivate", Map.of())
                                .statusCode())
                .isEqualTo(404);
        as(admin).get("/api/v1/providers/" + code).then().body("active", equalTo(true));
    }

    @Test
    void badUploadsEachShowTheirMessageAndStoreNothing() throws IOException {
        long before = total();
        StringBuilder tenThousand = new StringBuilder("name,category,areaId\n");
        for (int i = 0; i < 10_000; i++) {
            tenThousand
                    .append("Thana ")
                    .append(i)
                    .append(",POLICE,")
                    .append(district.id)
                    .append('\n');
        }
        byte[] twentyMegabytes = new byte[20 * 1024 * 1024];

        expectRefused(upload("bn", "providers.xlsx", "not a workbook".getBytes(), XLSX), 400)
                .contains(text("bn", "providers.problem.not-a-workbook"));
        expectRefused(
                        upload(
                                "te",
                                "providers.xlsx",
                                workbook(
                                        List.of("name", "category", "areaId"),
                                        List.of("=\"Thana \"&\"Formula\"", "POLICE", district.id)),
                                XLSX),
                        422)
                .contains(text("te", "providers.reason.formula"), ">2<");
        expectRefused(
                        upload(
                                "hi",
                                "providers.csv",
                                tenThousand.toString().getBytes(StandardCharsets.UTF_8),
                                "text/csv"),
                        400)
                .contains(text("hi", "providers.problem.too-many-rows", Map.of("max", "5000")));
        expectRefused(upload("en", "providers.xlsx", twentyMegabytes, XLSX), 413)
                .contains(text("en", "providers.import.too-large", Map.of("limit", "10 MB")));
        expectRefused(
                        upload(
                                "en",
                                "providers.xls",
                                new byte[] {1, 2, 3},
                                "application/vnd.ms-excel"),
                        400)
                .contains(text("en", "providers.import.wrong-type"));
        expectRefused(
                        upload(
                                "en",
                                "providers.csv",
                                "name,category,areaId\n\"Thana,POLICE,1\n".getBytes(),
                                "text/csv"),
                        400)
                .contains(text("en", "providers.problem.bad-quotes", Map.of("row", "2")));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void everyBadRowIsListedWithItsRowAndNothingIsStored() {
        long before = total();
        String csv =
                "name,category,areaId\n"
                        + "Thana Good,POLICE,"
                        + district.id
                        + "\n"
                        + ",POLICE,"
                        + district.id
                        + "\n"
                        + "Hospital Nowhere,HOSPITAL,999999999\n";

        String page =
                expectRefused(
                                upload(
                                        "bn",
                                        "providers.csv",
                                        csv.getBytes(StandardCharsets.UTF_8),
                                        "text/csv"),
                                422)
                        .contains(
                                text("bn", "providers.problem.bad-rows", Map.of("count", "2")),
                                text("bn", "providers.reason.blank"),
                                text("bn", "providers.reason.no-such-area"))
                        .actual();

        assertThat(page).contains(">3<", ">4<").doesNotContain("Thana Good");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aGoodFileIsImportedThroughTheService() throws IOException {
        long before = total();
        byte[] good =
                workbook(
                        List.of("name", "category", "areaId", "languages"),
                        List.of("Page Hospital", "HOSPITAL", district.id, "bn"),
                        List.of("Page Thana", "POLICE", block.id, "bn, en"));

        Response answer = upload("en", "providers.xlsx", good, XLSX);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/staff/providers/import?imported=2");
        assertThat(total()).isEqualTo(before + 2);
        assertThat(page(StaffPageClient.as(admin).get(IMPORT + "?imported=2"), 200))
                .contains(text("en", "providers.import.done", Map.of("count", "2")));
    }

    @Test
    void theTemplatesAreTheColumnsTheImportReads() throws IOException {
        Response csv = StaffPageClient.as(admin).get(IMPORT + "/template.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.asString()).isEqualTo("name,category,areaId,languages\r\n");

        Response xlsx = StaffPageClient.as(admin).get(IMPORT + "/template.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            List<String> header = new java.util.ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("name", "category", "areaId", "languages");
            assertThat(workbook.getSheet("Categories").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("category");
            boolean listsTheBlock = false;
            for (Row row : workbook.getSheet("Areas")) {
                listsTheBlock |=
                        row.getRowNum() > 0
                                && (long) row.getCell(0).getNumericCellValue() == block.id;
            }
            assertThat(listsTheBlock).isTrue();
        }
    }

    @Test
    void fieldWorkersAndOfficialsMayNotOpenThesePages() throws IOException {
        long before = total();
        byte[] good =
                workbook(
                        List.of("name", "category", "areaId"),
                        List.of("Forbidden Thana", "POLICE", district.id));
        for (String user :
                List.of(
                        fixtures.user(Roles.FIELDWORKER, district.id),
                        fixtures.user(Roles.OFFICIAL, district.id))) {
            StaffPageClient client = StaffPageClient.as(user);
            for (String path :
                    List.of(
                            "/staff/providers",
                            "/staff/providers/new",
                            IMPORT,
                            IMPORT + "/template.xlsx")) {
                assertThat(client.get(path).statusCode()).as(path).isEqualTo(403);
            }
            assertThat(
                            client.postMultipart(IMPORT, "file", "p.xlsx", good, XLSX, Map.of())
                                    .statusCode())
                    .isEqualTo(403);
            assertThat(
                            client.postForm(
                                            "/staff/providers/new",
                                            Map.of(
                                                    "name",
                                                    "Forbidden",
                                                    "category",
                                                    "POLICE",
                                                    "areaId",
                                                    "" + district.id))
                                    .statusCode())
                    .isEqualTo(403);
        }
        assertThat(total()).isEqualTo(before);
    }

    private Response upload(String lang, String fileName, byte[] bytes, String mime) {
        return StaffPageClient.as(admin)
                .postMultipart(IMPORT + "?lang=" + lang, "file", fileName, bytes, mime, Map.of());
    }

    private static org.assertj.core.api.AbstractStringAssert<?> expectRefused(
            Response answer, int status) {
        String page = page(answer, status);
        return assertThat(page).contains("class=\"errors\"");
    }

    private static String page(Response answer, int status) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("text/html");
        return answer.asString();
    }

    private String text(String lang, String key) {
        return text(lang, key, Map.of());
    }

    private String text(String lang, String key, Map<String, String> values) {
        String html =
                messages.text(SurvivorLanguage.valueOf(lang.toUpperCase()), key, values)
                        .replace("&", "&amp;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;");
        return html;
    }

    private long total() {
        Number total =
                as(admin)
                        .get("/api/v1/providers?size=1")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total");
        return total.longValue();
    }

    /** A workbook of one sheet; numbers as numeric cells, text starting with = as a formula. */
    @SafeVarargs
    static byte[] workbook(List<?>... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Providers");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    Object value = rows[r].get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (String.valueOf(value).startsWith("=")) {
                        row.createCell(c).setCellFormula(String.valueOf(value).substring(1));
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
