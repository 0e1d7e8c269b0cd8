package org.survivorvoice.common.error;

import java.util.List;

/** A failure the client can act on; mapped once to problem+json with its status. */
public abstract class DomainException extends RuntimeException {

    private final transient List<Violation> violations;

    protected DomainException(String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.violations = List.copyOf(violations);
    }

    /** HTTP status of this failure. */
    public abstract int status();

    /** Short, fixed title of this kind of failure. */
    public abstract String title();

    /** Field-level problems, empty when the failure is not about fields. */
    public List<Violation> violations() {
        return violations;
    }
}
