package org.survivorvoice.common.openapi;

import java.util.List;

/**
 * A status that every operation of a {@link RouteKind} can answer, why, and the media types of its
 * body (an empty list: no body).
 */
record SharedStatus(int code, String why, List<String> mediaTypes) {

    static final String PROBLEM = "application/problem+json";
    static final String HTML = "text/html";

    static SharedStatus problem(int code, String why) {
        return new SharedStatus(code, why, List.of(PROBLEM));
    }

    static SharedStatus page(int code, String why) {
        return new SharedStatus(code, why, List.of(HTML));
    }
}
