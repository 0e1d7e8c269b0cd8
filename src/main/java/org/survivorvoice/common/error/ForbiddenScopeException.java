package org.survivorvoice.common.error;

import java.util.List;

/** The caller asked explicitly for data outside her district or role: 403. */
public class ForbiddenScopeException extends DomainException {

    public ForbiddenScopeException(String detail) {
        super(detail, List.of());
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
