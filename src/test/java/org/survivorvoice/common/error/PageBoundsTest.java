package org.survivorvoice.common.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.openapi.RouteKind;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.DocumentedOperation;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/**
 * Every list of the OpenAPI document (every GET with a {@code page} parameter) answers a page past
 * any possible result, a negative page or one that is not a number with a 400: problem+json naming
 * {@code page} on the API, the friendly page on the staff pages, never the 500 of an offset that
 * overflowed an int (SAFETY V2); the last page that can exist is an empty list.
 */
@QuarkusTest
class PageBoundsTest {

    @Inject Fixtures fixtures;

    @Test
    void aPagePastAnyResultIsABadRequestOnEveryList() {
        String admin = fixtures.user(Roles.ADMIN, null);
        List<DocumentedOperation> lists =
                DocumentedOperation.all().stream()
                        .filter(o -> o.method().equals("GET") && o.hasQuery("page"))
                        .toList();
        assertThat(lists)
                .extracting(DocumentedOperation::path)
                .contains(
                        "/api/v1/areas",
                        "/api/v1/providers",
                        "/api/v1/ratings",
                        "/api/v1/outbox",
                        "/api/v1/scores",
                        "/api/v1/alerts",
                        "/staff/providers");
        int pastTheLast = PageRequest.MAX_OFFSET / PageRequest.MAX_SIZE + 1;
        List<String> failures = new ArrayList<>();
        for (DocumentedOperation list : lists) {
            List<String> queries =
                    new ArrayList<>(
                            List.of(
                                    "page=" + Integer.MAX_VALUE,
                                    "page=" + Long.MAX_VALUE,
                                    "page=-1",
                                    "page=abc"));
            if (list.hasQuery("size")) {
                queries.add("size=" + PageRequest.MAX_SIZE + "&page=" + pastTheLast);
            }
            for (String query : queries) {
                // a list under an object (a collective's members) names any id: the page is
                // refused before the object is looked up
                String path = list.path().replaceAll("\\{[^}]+}", "1");
                Response answer = StaffPageClient.as(admin).get(path + "?" + query);
                boolean api = list.kind() == RouteKind.API;
                boolean refused =
                        answer.statusCode() == 400
                                && answer.contentType()
                                        .startsWith(api ? Problem.MEDIA_TYPE : "text/html")
                                && (!api
                                        || answer.jsonPath()
                                                .getList("violations.field")
                                                .contains("page"));
                if (!refused) {
                    failures.add(
                            list.key()
                                    + "?"
                                    + query
                                    + ": "
                                    + answer.statusCode()
                                    + " "
                                    + answer.contentType());
                }
            }
        }
        assertThat(failures).isEmpty();
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
