package org.survivorvoice.staff.field;

import java.util.List;

/** A paper-forms upload refused because of its rows; nothing of it was stored. */
public final class PaperFormRejected extends RuntimeException {

    private final transient List<PaperFormProblem> problems;

    public PaperFormRejected(List<PaperFormProblem> problems) {
        super(problems.size() + " problems", null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** Every problem of every row, in row order. */
    public List<PaperFormProblem> problems() {
        return problems;
    }
}
