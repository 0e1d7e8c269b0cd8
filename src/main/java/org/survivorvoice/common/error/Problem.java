package org.survivorvoice.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details; {@code violations} only for field-level failures. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type, String title, int status, String detail, List<Violation> violations) {

    /** Media type of every error body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem without field violations. */
    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }
}
