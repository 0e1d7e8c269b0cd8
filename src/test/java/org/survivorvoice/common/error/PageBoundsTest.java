package org.survivorvoice.common.error;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/**
 * Every list answers a page past any possible result with a 400 naming {@code page}, never with the
 * 500 of an offset that overflowed an int (SAFETY V2); the last page that can exist is an empty
 * list.
 */
@QuarkusTest
class PageBoundsTest {

    static final List<String> LISTS =
            List.of(
                    "/api/v1/areas",
                    "/api/v1/providers",
                    "/api/v1/ratings",
                    "/api/v1/outbox",
                    "/api/v1/scores?period=2026-Q1&",
                    "/api/v1/alerts");

    @Inject Fixtures fixtures;

    @Test
    void aPagePastAnyResultIsABadRequestOnEveryList() {
        String admin = fixtures.user(Roles.ADMIN, null);
        for (String list : LISTS) {
            String query = list.endsWith("&") ? list : list + "?";
            as(admin)
                    .get(query + "page=" + Integer.MAX_VALUE)
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("violations[0].field", equalTo("page"));
            int pastTheLast = PageRequest.MAX_OFFSET / PageRequest.MAX_SIZE + 1;
            as(admin)
                    .get(query + "size=" + PageRequest.MAX_SIZE + "&page=" + pastTheLast)
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("page"));
        }
    }

    @Test
    void theLastPossiblePageIsEmpty() {
        String admin = fixtures.user(Roles.ADMIN, null);
        int last = PageRequest.MAX_OFFSET / PageRequest.MAX_SIZE;
        for (String list : List.of("/api/v1/areas", "/api/v1/providers", "/api/v1/outbox")) {
            as(admin)
                    .get(list + "?size=" + PageRequest.MAX_SIZE + "&page=" + last)
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(0));
        }
    }
}
