package org.survivorvoice.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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

    private static List<ProviderSheet.Row> csv(String text) {
        return ProviderSheet.readCsv(text.getBytes(StandardCharsets.UTF_8));
    }
}
