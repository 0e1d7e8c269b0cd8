package org.survivorvoice.common.error;

import java.util.List;

/** A duplicate or a state conflict: 409. */
public class ConflictException extends DomainException {

    public ConflictException(String detail) {
        super(detail, List.of());
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
