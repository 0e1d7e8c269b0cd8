package org.survivorvoice.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

@QuarkusTest
class ProviderImportTest {

    private static final String PATH = "/api/v1/providers/import";
    private static final String CSV = "text/csv";
    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject Fixtures fixtures;

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
    void csvImportCreatesEveryRowInOrder() {
        String csv =
                "\uFEFFCategory,NAME,areaid,Languages,note\r\n"
                        + "POLICE,\"Thana Basirhat, \"\"AHTU\"\"\","
                        + district.id
                        + ",\"bn,en\",first\r\n"
                        + "\r\n"
                        + "HOSPITAL,Sub-divisional Hospital,"
                        + block.id
                        + ",hi;te\r\n"
                        + "PANCHAYAT,Gram Panchayat Hingalganj,"
                        + block.id
                        + ",\r\n";

        List<String> codes =
                upload(CSV, csv.getBytes(StandardCharsets.UTF_8))
                        .statusCode(201)
                        .contentType(ContentType.JSON)
                        .body("created", equalTo(3))
                        .body("codes", hasSize(3))
                        .body("codes", everyItem(matchesPattern("[1-9][0-9]{5}")))
                        .extract()
                        .path("codes");

        provider(codes.get(0))
                .body("name", equalTo("Thana Basirhat, \"AHTU\""))
                .body("category", equalTo("POLICE"))
                .body("areaId", equalTo(district.id.intValue()))
                .body("districtId", equalTo(district.id.intValue()))
                .body("languages", contains("bn", "en"));
        provider(codes.get(1))
                .body("name", equalTo("Sub-divisional Hospital"))
                .body("areaId", equalTo(block.id.intValue()))
                .body("districtId", equalTo(district.id.intValue()))
                .body("languages", contains("hi", "te"));
        provider(codes.get(2))
                .body("name", equalTo("Gram Panchayat Hingalganj"))
                .body("category", equalTo("PANCHAYAT"))
                .body("languages", hasSize(0));
    }

    @Test
    void xlsxImportReadsTheFirstSheet() throws IOException {
        byte[] workbook =
                workbook(
                        List.of("name", "category", "areaId", "languages"),
                        List.of("District Hospital", "HOSPITAL", district.id, "bn"),
                        List.of(),
                        List.of("Thana Hasnabad", "POLICE", block.id, "bn; en"));

        List<String> codes =
                upload(XLSX, workbook)
                        .statusCode(201)
                        .body("created", equalTo(2))
                        .extract()
                        .path("codes");

        provider(codes.get(0))
                .body("name", equalTo("District Hospital"))
                .body("areaId", equalTo(district.id.intValue()))
                .body("languages", contains("bn"));
        provider(codes.get(1))
                .body("name", equalTo("Thana Hasnabad"))
                .body("category", equalTo("POLICE"))
                .body("areaId", equalTo(block.id.intValue()))
                .body("languages", contains("bn", "en"));
    }

    @Test
    void listsEveryBadRowAndCreatesNothing() {
        long state = Staff.area(as(admin), "State " + UUID.randomUUID(), "STATE", null);
        String csv =
                String.join(
                        "\n",
                        "name,category,areaId,languages",
                        "Thana Valid,POLICE," + district.id + ",en",
                        ",NO_SUCH_CATEGORY," + district.id + ",",
                        "Hospital Letters,HOSPITAL,abc,",
                        "Hospital Nowhere,HOSPITAL,999999999,",
                        "",
                        "Panchayat French,PANCHAYAT," + district.id + ",\"en,fr\"",
                        "Clinic of a State,HOSPITAL," + state + ",en",
                        "x".repeat(201) + ",POLICE,,en");
        long before = total();

        ValidatableResponse response =
                upload(CSV, csv.getBytes(StandardCharsets.UTF_8))
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("status", equalTo(400))
                        .body("detail", notNullValue())
                        .body("violations", hasSize(8));
        assertThat(violations(response))
                .containsExactly(
                        Map.of("row", 3, "field", "name", "message", "must not be blank"),
                        Map.of(
                                "row",
                                3,
                                "field",
                                "category",
                                "message",
                                "no such provider category"),
                        Map.of("row", 4, "field", "areaId", "message", "must be a whole number"),
                        Map.of("row", 5, "field", "areaId", "message", "no such area"),
                        Map.of(
                                "row",
                                7,
                                "field",
                                "languages",
                                "message",
                                "must be en, hi, bn or te"),
                        Map.of(
                                "row",
                                8,
                                "field",
                                "areaId",
                                "message",
                                "must be a district or an area within one"),
                        Map.of(
                                "row",
                                9,
                                "field",
                                "name",
                                "message",
                                "size must be between 0 and 200"),
                        Map.of("row", 9, "field", "areaId", "message", "must not be null"));
        assertThat(total()).isEqualTo(before);
        as(admin)
                .get("/api/v1/providers?district=" + district.id)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void headerWithoutRequiredColumnsIsListedAsRowOne() {
        upload(CSV, "Name,Category,Area,name\nThana,POLICE,1,Thana\n".getBytes())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.row", everyItem(equalTo(1)))
                .body("violations.field", contains("name", "areaId"));
    }

    @Test
    void malformedFilesAre400Problems() throws IOException {
        byte[] workbook =
                workbook(
                        List.of("name", "category", "areaId"),
                        List.of("District Hospital", "HOSPITAL", district.id));
        byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);
        long before = total();

        for (byte[] bad :
                List.of(
                        "not a workbook".getBytes(),
                        truncated,
                        new byte[0],
                        new byte[] {'P', 'K'})) {
            expectMalformed(upload(XLSX, bad));
        }
        for (String bad :
                List.of(
                        "",
                        "\n\n",
                        "name,category,areaId\n",
                        "name,category,areaId\n\"Thana,POLICE," + district.id + "\n",
                        "name,category,areaId\nThana,\"POLICE," + district.id + "\n",
                        "name,category,areaId\n\"Thana\"x,POLICE," + district.id + "\n")) {
            expectMalformed(upload(CSV, bad.getBytes(StandardCharsets.UTF_8)));
        }
        expectMalformed(upload(CSV, new byte[] {'n', 'a', (byte) 0xC3, 0x28}));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void tooManyRowsIs400() {
        StringBuilder csv = new StringBuilder("name,category,areaId\n");
        for (int i = 0; i <= ProviderSheet.MAX_ROWS; i++) {
            csv.append("Thana ").append(i).append(",POLICE,").append(district.id).append('\n');
        }
        long before = total();

        expectMalformed(upload(CSV, csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void otherContentTypesAre415() {
        byte[] csv = ("name,category,areaId\nThana,POLICE," + district.id).getBytes();

        for (String type : List.of("application/json", "application/octet-stream", "text/plain")) {
            as(admin)
                    .contentType(type)
                    .body(csv)
                    .post(PATH)
                    .then()
                    .statusCode(415)
                    .contentType("application/problem+json")
                    .body("status", equalTo(415));
        }
    }

    @Test
    void onlyAdminsImport() {
        String fieldworker = fixtures.user(Roles.FIELDWORKER, district.id);
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        byte[] csv = ("name,category,areaId\nThana,POLICE," + district.id).getBytes();
        long before = total();

        for (String user : List.of(fieldworker, official)) {
            as(user).contentType(CSV)
                    .body(csv)
                    .post(PATH)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void violationsOfJsonBodiesHaveNoRow() {
        as(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Thana", "category", "NO_SUCH", "areaId", district.id))
                .post("/api/v1/providers")
                .then()
                .statusCode(400)
                .body("violations.field", contains("category"))
                .body("violations[0]", not(hasKey("row")));
    }

    @Test
    void openApiDescribesTheUpload() {
        as(admin)
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths", hasKey(PATH))
                .body("paths.'" + PATH + "'.post.requestBody.content", hasKey(CSV))
                .body("paths.'" + PATH + "'.post.requestBody.content", hasKey(XLSX))
                .body(
                        "paths.'" + PATH + "'.post.requestBody.content.'" + CSV + "'.schema.format",
                        equalTo("binary"))
                .body("paths.'" + PATH + "'.post.responses", hasKey("201"))
                .body("components.schemas.ProviderImportResult.properties", hasKey("codes"));
    }

    private ValidatableResponse upload(String type, byte[] body) {
        return as(admin).contentType(type).body(body).post(PATH).then();
    }

    private ValidatableResponse provider(String code) {
        return as(admin).get("/api/v1/providers/" + code).then().statusCode(200);
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

    private static void expectMalformed(ValidatableResponse response) {
        response.statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid input"))
                .body("detail", not(equalTo("The request has invalid fields.")));
    }

    private static List<Map<String, Object>> violations(ValidatableResponse response) {
        return response.extract().jsonPath().getList("violations");
    }

    /** A workbook of one sheet with the rows; numbers as numeric cells, the rest as text. */
    @SafeVarargs
    private static byte[] workbook(List<?>... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Providers");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    Object value = rows[r].get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
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
