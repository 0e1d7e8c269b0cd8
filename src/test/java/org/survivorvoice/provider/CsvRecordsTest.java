package org.survivorvoice.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void readsRfc4180QuotingAndEveryLineEnding() {
        List<CsvRecords.CsvRecord> records =
                all("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\r\nlast\n\nx\ry");

        assertThat(records)
                .containsExactly(
                        new CsvRecords.CsvRecord(1, List.of("a", "b,c", "say \"hi\"")),
                        new CsvRecords.CsvRecord(2, List.of("two\nlines", "")),
                        new CsvRecords.CsvRecord(3, List.of("last")),
                        new CsvRecords.CsvRecord(4, List.of("")),
                        new CsvRecords.CsvRecord(5, List.of("x")),
                        new CsvRecords.CsvRecord(6, List.of("y")));
    }

    @Test
    void refusesBrokenQuotingNamingTheRow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> all("ok\n\"open,field\n"))
                .withMessageContaining("row 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> all("ok\nok\nab\"c\n"))
                .withMessageContaining("row 3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> all("\"closed\"then,more"))
                .withMessageContaining("row 1");
    }

    @Test
    void emptyTextHasNoRecords() {
        assertThat(all("")).isEmpty();
    }

    @Property
    void neverThrowsAnythingButItsOwnRefusal(@ForAll @StringLength(max = 2000) String text) {
        try {
            List<CsvRecords.CsvRecord> records = all(text);
            assertThat(records.size()).isLessThanOrEqualTo(text.length());
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("row");
        }
    }

    private static List<CsvRecords.CsvRecord> all(String text) {
        CsvRecords records = new CsvRecords(text);
        List<CsvRecords.CsvRecord> all = new ArrayList<>();
        for (CsvRecords.CsvRecord r = records.next(); r != null; r = records.next()) {
            all.add(r);
        }
        return all;
    }
}
