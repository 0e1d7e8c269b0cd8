package org.survivorvoice.common.error;

import java.util.List;

/** Valid input that breaks a rule of the domain, such as rating an encounter twice: 422. */
public class RuleViolatedException extends DomainException {

    public RuleViolatedException(String detail) {
        super(detail, List.of());
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Rule violated";
    }
}
