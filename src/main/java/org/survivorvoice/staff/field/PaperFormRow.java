package org.survivorvoice.staff.field;

import java.time.LocalDate;
import org.survivorvoice.feedback.Answers;

/** One readable row of a paper-forms workbook; {@code encounterId} and money may be null. */
public record PaperFormRow(
        int row,
        String providerCode,
        LocalDate date,
        Answers answers,
        Boolean moneyAsked,
        Long encounterId) {}
