package org.survivorvoice.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.Violation;

class ProviderSheetTest {

    @Test
    void readsColumnsByHeaderInAnyOrderAndCase() {
        List<ProviderSheet.Row> rows =
                csv(
                        "AREAID,notes,Name,CATEGORY,languages\n"
                                + "12,x,\" Thana\u200B Basirhat \",POLICE,bn; en,\n");

        assertThat(rows)
                .containsExactly(
                        new ProviderSheet.Row(
                                2,
                                new NewProvider(
                                        "Thana Basirhat", "POLICE", 12L, List.of("bn", "en")),
                                List.of()));
    }

    @Test
    void keepsRowNumbersOfTheFileAcrossBlankRowsAndLeadingBlankLines() {
        List<ProviderSheet.Row> rows =
                csv("\n,,\nname,category,areaId\nA,POLICE,1\n\n , ,\nB,POLICE,x\n");

        assertThat(rows).extracting(ProviderSheet.Row::number).containsExactly(4, 7);
        assertThat(rows.get(1).problems())
                .extracting(ProviderFieldProblem::field, ProviderFieldProblem::problem)
                .containsExactly(tuple("areaId", ProviderProblem.NOT_A_NUMBER));
        assertThat(rows.get(1).problems().get(0).violation())
                .isEqualTo(new Violation("areaId", "must be a whole number"));
        assertThat(rows.get(1).request().areaId()).isNull();
        assertThat(rows.get(0).request().languages()).isNull();
    }

    @Test
    void readsRfc4180QuotingAndEveryLineEndingNumberingRecordsAsRows() {
        List<ProviderSheet.Row> rows =
                csv(
                        "name,category,areaId\r\n"
                                + "\"Thana, \"\"AHTU\"\"\",POLICE,1\r\n"
                                + "\"Two\nlines\",POLICE,2\n"
                                + "\n"
                                + "Cr,POLICE,3\rLast,POLICE,4");

        assertThat(rows)
                .extracting(r -> r.number() + " " + r.request().name() + " " + r.request().areaId())
                .containsExactly("2 Thana, \"AHTU\" 1", "3 Two lines 2", "5 Cr 3", "6 Last 4");
    }

    @Test
    void refusesBrokenQuotingNamingTheRow() {
        for (Map.Entry<String, String> broken :
                Map.of(
                                "name,category,areaId\nA,POLICE,1\n\"open,POLICE,1\n", "3",
                                "name,category,areaId\n\"closed\"then,POLICE,1\n", "2")
                        .entrySet()) {
            assertThatThrownBy(() -> csv(broken.getKey()))
                    .isInstanceOfSatisfying(
                            ProviderInputException.class,
                            e -> {
                                assertThat(e.problem()).isEqualTo(ProviderProblem.BAD_QUOTES);
                                assertThat(e.values()).containsEntry("row", broken.getValue());
                                assertThat(e.getMessage()).contains("row " + broken.getValue());
                            });
        }
    }

    @Test
    void readsAStrayQuoteInAnUnquotedFieldAsSpreadsheetProgramsDo() {
        assertThat(csv("name,category,areaId\nTha\"na,POLICE,1\n").get(0).request().name())
                .isEqualTo("Tha\"na");
    }

    @Test
    void flagsFormulasInTheColumnsReadWithTheirRow() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Providers");
            Row header = sheet.createRow(0);
            List<String> names = List.of("name", "category", "areaId", "note");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellFormula("\"Thana \"&\"Basirhat\"");
            row.createCell(1).setCellValue("POLICE");
            row.createCell(2).setCellFormula("10+2");
            row.createCell(3).setCellFormula("1+1");
            Row plain = sheet.createRow(2);
            plain.createCell(0).setCellValue("Thana Hasnabad");
            plain.createCell(1).setCellValue("POLICE");
            plain.createCell(2).setCellValue(12);
            book.write(out);
            workbook = out.toByteArray();
        }

        List<ProviderSheet.Row> rows = ProviderSheet.readXlsx(workbook);

        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).problems())
                .extracting(ProviderFieldProblem::field, ProviderFieldProblem::problem)
                .containsExactlyInAnyOrder(
                        tuple("name", ProviderProblem.FORMULA),
                        tuple("areaId", ProviderProblem.FORMULA));
        assertThat(rows.get(1).problems()).isEmpty();
    }

    @Test
    void tooManyRowsNamesTheLimit() {
        StringBuilder text = new StringBuilder("name,category,areaId\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("Thana ").append(i).append(",POLICE,1\n");
        }

        assertThatThrownBy(() -> csv(text.toString()))
                .isInstanceOfSatisfying(
                        ProviderInputException.class,
                        e -> {
                            assertThat(e.problem()).isEqualTo(ProviderProblem.TOO_MANY_ROWS);
                            assertThat(e.values()).containsEntry("max", "5000");
                        });
    }

    @Test
    void refusesAZipBombBeforePoiReadsIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long i = 0; i <= ProviderFile.MAX_UNPACKED_BYTES / zeros.length; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> ProviderSheet.readXlsx(bytes.toByteArray()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unpacks to more than");
    }

    @Property(tries = 300)
    void anyCsvBytesGiveRowsOrA400(@ForAll byte[] body) {
        try {
            ProviderSheet.readCsv(body);
        } catch (InvalidInputException e) {
            assertThat(e.status()).isEqualTo(400);
        }
    }

    @Property(tries = 300)
    void anyTextUnderAHeaderGivesRowsOrA400(@ForAll String text) {
        try {
            ProviderSheet.readCsv(
                    ("name,category,areaId,languages\n" + text).getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            assertThat(e.status()).isEqualTo(400);
        }
    }

    @Property(tries = 100)
    void anyWorkbookBytesGiveRowsOrA400(@ForAll byte[] body) {
        try {
            ProviderSheet.readXlsx(body);
        } catch (InvalidInputException e) {
            assertThat(e.status()).isEqualTo(400);
        }
    }

    @Property(tries = 200)
    void aDamagedWorkbookGivesRowsOrA400(
            @ForAll @IntRange(min = 0, max = 1_000_000) int position,
            @ForAll byte value,
            @ForAll @IntRange(min = 1, max = 100) int keptPercent)
            throws IOException {
        byte[] damaged = workbook();
        damaged[position % damaged.length] = value;
        damaged = Arrays.copyOf(damaged, Math.max(1, damaged.length * keptPercent / 100));
        try {
            ProviderSheet.readXlsx(damaged);
        } catch (InvalidInputException e) {
            assertThat(e.status()).isEqualTo(400);
        }
    }

    @Test
    void readsAWorkbookOfNumbersAndText() throws IOException {
        assertThat(ProviderSheet.readXlsx(workbook()))
                .containsExactly(
                        new ProviderSheet.Row(
                                3,
                                new NewProvider("Thana Basirhat", "POLICE", 12L, List.of("bn")),
                                List.of()));
    }

    /** A workbook with a blank first row, the header in row 2 and one provider in row 3. */
    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Providers");
            sheet.createRow(0);
            Row header = sheet.createRow(1);
            List<String> names = List.of("Name", "Category", "AreaId", "Languages");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("Thana Basirhat");
            row.createCell(1).setCellValue("POLICE");
            row.createCell(2).setCellValue(12);
            row.createCell(3).setCellValue("bn");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<ProviderSheet.Row> csv(String text) {
        return ProviderSheet.readCsv(text.getBytes(StandardCharsets.UTF_8));
    }
}
