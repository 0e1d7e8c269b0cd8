package org.survivorvoice.common.error;

import jakarta.ws.rs.core.Response;
import org.survivorvoice.common.openapi.RouteKind;

/**
 * The answer of refusals on a page that no page resource rendered (no route at the address, a
 * method or a body the page does not take, a domain failure the resource did not catch): a browser
 * shows a page, not problem+json. It is plain, in English, without any part of the request, since
 * no page template is matched yet; the pages' own refusals are in the user's language.
 */
final class PageRefusal {

    private PageRefusal() {}

    /**
     * Whether the refusal of a request at the path is a page: 404 and 405 on every page, 415 on a
     * staff page (a survivor page's 413 and 415 stay problems, as documented).
     */
    static boolean answers(String path, int status) {
        return switch (status) {
            case 404, 405 -> isPage(path);
            case 415 -> isPage(path) && RouteKind.of(path) == RouteKind.STAFF_PAGE;
            default -> false;
        };
    }

    /** Whether the path is a staff or survivor page (not the API, a webhook or the platform's). */
    static boolean isPage(String path) {
        return path != null && !path.startsWith("/q/") && RouteKind.of(path).isPage();
    }

    static Response of(int status) {
        String title =
                switch (status) {
                    case 400, 422 -> "This request could not be read";
                    case 403, 405 -> "Not allowed";
                    case 404 -> "Not found";
                    case 409 -> "Already done";
                    case 413 -> "Too large";
                    case 503 -> "Briefly unavailable";
                    default -> "Not accepted";
                };
        String text =
                status == 503
                        ? "Nothing was lost. Please try again in a minute."
                        : "There is nothing to show at this address.";
        String html =
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                        + title
                        + "</title></head><body><h1>"
                        + title
                        + "</h1><p>"
                        + text
                        + "</p></body></html>";
        return Response.status(status).type("text/html;charset=UTF-8").entity(html).build();
    }
}
