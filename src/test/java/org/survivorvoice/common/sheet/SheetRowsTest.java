package org.survivorvoice.common.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.survivorvoice.staff.field.PaperFormWorkbooks;

class SheetRowsTest {

    private static final SheetRows.Limits LIMITS = new SheetRows.Limits(10, 1_000_000, 100);

    @Test
    void readsNonBlankRowsWithTheirSpreadsheetNumbers() {
        byte[] workbook =
                PaperFormWorkbooks.of(
                        List.of(
                                Arrays.asList("a\u200B", 3),
                                Arrays.asList((Object) null),
                                Arrays.asList(null, null, "x")));

        List<SheetRows.Row> rows = SheetRows.read(workbook, LIMITS);

        assertThat(rows).extracting(SheetRows.Row::number).containsExactly(1, 2, 4);
        assertThat(rows.get(1).cell(0)).isEqualTo("a");
        assertThat(rows.get(1).cell(1)).isEqualTo("3");
        assertThat(rows.get(2).cell(2)).isEqualTo("x");
        assertThat(rows.get(2).cell(7)).isEmpty();
    }

    @Test
    void readsDateCellsAsIsoWhateverTheirDisplayFormat() {
        byte[] workbook =
                PaperFormWorkbooks.of(List.of(Arrays.asList("x", LocalDate.of(2026, 3, 5))));

        assertThat(SheetRows.read(workbook, LIMITS).get(1).cell(1)).isEqualTo("2026-03-05");
    }

    @Test
    void marksFormulaCells() {
        byte[] workbook = PaperFormWorkbooks.of(List.of(Arrays.asList("x", "=1+2", "=\"a\"")));

        SheetRows.Row row = SheetRows.read(workbook, LIMITS).get(1);

        assertThat(row.hasFormula(0)).isFalse();
        assertThat(row.hasFormula(1)).isTrue();
        assertThat(row.hasFormula(2)).isTrue();
    }

    @Test
    void refusesTooManyRows() {
        List<List<Object>> rows = java.util.Collections.nCopies(10, Arrays.asList((Object) "x"));

        assertThatThrownBy(() -> SheetRows.read(PaperFormWorkbooks.of(rows), LIMITS))
                .isInstanceOfSatisfying(
                        SheetRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SheetRefused.Reason.TOO_MANY_ROWS));
    }

    @Test
    void refusesWhatIsNotAWorkbook() {
        assertRefused(
                "name,code\n".getBytes(StandardCharsets.UTF_8), SheetRefused.Reason.NOT_A_WORKBOOK);
        assertRefused(zip("hello.txt", new byte[10]), SheetRefused.Reason.NOT_A_WORKBOOK);
        assertRefused(new byte[0], SheetRefused.Reason.EMPTY);
    }

    @Test
    void refusesAnArchiveThatUnpacksBeyondTheLimit() {
        assertRefused(
                zip("xl/big.xml", new byte[2_000_000]), SheetRefused.Reason.TOO_LARGE_UNPACKED);
    }

    private static void assertRefused(byte[] body, SheetRefused.Reason reason) {
        assertThatThrownBy(() -> SheetRows.read(body, LIMITS))
                .isInstanceOfSatisfying(
                        SheetRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static byte[] zip(String name, byte[] content) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
