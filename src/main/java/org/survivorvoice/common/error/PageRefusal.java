package org.survivorvoice.common.error;

import jakarta.ws.rs.core.Response;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.common.openapi.RouteKind;

/**
 * The answer of refusals on a page that no page resource rendered (no route at the address, a
 * method or a body the page does not take, a domain failure the resource did not catch): a browser
 * shows a page, not problem+json. It is plain, in the language the request chose ({@code lang}, the
 * language cookie, then {@code Accept-Language}: {@code LanguageChoice}), and quotes no part of the
 * request, since no page template is matched yet.
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

    /** A refusal page in English, for a request whose language is not known. */
    static Response of(int status) {
        return of(status, SurvivorLanguage.EN);
    }

    /** The refusal page in the language the request chose (the survivor pages' own rule). */
    static Response of(int status, SurvivorLanguage language) {
        String kind =
                switch (status) {
                    case 400, 422 -> "unreadable";
                    case 403, 405 -> "not-allowed";
                    case 404 -> "not-found";
                    case 409 -> "done";
                    case 413 -> "too-large";
                    case 503 -> "unavailable";
                    default -> "other";
                };
        String title = Texts.ALL.text(language, "web.refusal." + kind + ".title");
        String text =
                Texts.ALL.text(
                        language,
                        status == 503 ? "web.refusal.unavailable" : "web.refusal.nothing");
        String html =
                "<!DOCTYPE html><html lang=\""
                        + language.code()
                        + "\"><head><meta charset=\"utf-8\"><title>"
                        + title
                        + "</title></head><body><h1>"
                        + title
                        + "</h1><p>"
                        + text
                        + "</p></body></html>";
        return Response.status(status).type("text/html;charset=UTF-8").entity(html).build();
    }

    /** The survivor texts, loaded once: refusals are answered outside any bean's reach. */
    private static final class Texts {
        static final SurvivorMessages ALL = new SurvivorMessages();
    }
}
