package org.survivorvoice.staff.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.staff.field.PaperFormWorkbooks.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.sheet.SheetRows;
import org.survivorvoice.feedback.Answers;
import org.survivorvoice.provider.ProviderCode;

class PaperFormSheetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    private static final String CODE = ProviderCode.withCheckDigit("12345").value();

    @Test
    void readsGoodRowsInEveryWayADateAndAnAnswerMayBeTyped() {
        PaperFormSheet.Read read =
                read(
                        List.of(
                                form(CODE, LocalDate.of(2026, 3, 5), 4, "yes", null),
                                form(CODE, "05/03/2026", 2, "नहीं", 17),
                                form(CODE, "2026-3-5", 5, "না", "१७")));

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows())
                .extracting(PaperFormRow::row, PaperFormRow::date, PaperFormRow::encounterId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, LocalDate.of(2026, 3, 5), null),
                        org.assertj.core.groups.Tuple.tuple(3, LocalDate.of(2026, 3, 5), 17L),
                        org.assertj.core.groups.Tuple.tuple(4, LocalDate.of(2026, 3, 5), 17L));
        assertThat(read.rows().get(0).answers()).isEqualTo(new Answers(4, 4, 4, 4, 4));
        assertThat(read.rows().get(0).moneyAsked()).isTrue();
        assertThat(read.rows().get(2).moneyAsked()).isFalse();
    }

    @Test
    void listsEveryProblemWithItsRowAndColumn() {
        String badCheckDigit = CODE.substring(0, 5) + ((CODE.charAt(5) - '0' + 1) % 10);
        PaperFormSheet.Read read =
                read(
                        List.of(
                                form(badCheckDigit, "2026-03-05", 3, null, null),
                                form("1234", "2026-13-40", 6, "maybe", "x"),
                                form(CODE, "2026-06-01", null, null, null),
                                form("=A2", "2026-03-05", 3, null, null)));

        assertThat(read.rows()).isEmpty();
        assertThat(read.problems())
                .extracting(p -> p.row() + " " + p.column() + " " + p.key())
                .containsExactly(
                        "2 CODE field.paper.problem.code-check-digit",
                        "3 CODE field.paper.problem.code-format",
                        "3 DATE field.paper.problem.date-unreadable",
                        "3 OVERALL field.paper.problem.answer-range",
                        "3 DIGNITY field.paper.problem.answer-range",
                        "3 LISTENED field.paper.problem.answer-range",
                        "3 TIMELINESS field.paper.problem.answer-range",
                        "3 OUTCOME field.paper.problem.answer-range",
                        "3 MONEY field.paper.problem.money",
                        "3 ENCOUNTER field.paper.problem.encounter-format",
                        "4 DATE field.paper.problem.date-future",
                        "4 OVERALL field.paper.problem.no-answer",
                        "5 CODE field.paper.problem.formula");
    }

    private static PaperFormSheet.Read read(List<List<Object>> rows) {
        return PaperFormSheet.read(
                SheetRows.read(PaperFormWorkbooks.of(rows), PaperFormSheet.LIMITS),
                TODAY,
                Set.of("हाँ", "হ্যাঁ"),
                Set.of("नहीं", "না"));
    }
}
