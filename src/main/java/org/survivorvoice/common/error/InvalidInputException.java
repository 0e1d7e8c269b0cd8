package org.survivorvoice.common.error;

import java.util.List;

/** Malformed or invalid input: 400. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidInputException(List<Violation> violations) {
        this("The request has invalid fields.", violations);
    }

    /** Invalid input described for the client in {@code detail}, with any field problems. */
    public InvalidInputException(String detail, List<Violation> violations) {
        super(detail, violations);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
