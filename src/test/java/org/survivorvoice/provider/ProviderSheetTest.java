package org.survivorvoice.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
                .containsExactly(new Violation("areaId", "must be a whole number"));
        assertThat(rows.get(1).request().areaId()).isNull();
        assertThat(rows.get(0).request().languages()).isNull();
    }

    @Test
    void refusesAZipBombBeforePoiReadsIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long i = 0; i <= ProviderSheet.MAX_UNPACKED_BYTES / zeros.length; i++) {
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
