package org.survivorvoice.staff;

import jakarta.enterprise.context.RequestScoped;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.web.CsrfToken;

/**
 * What {@link StaffPageFilter} found out about one request to a staff page: its language, its
 * address (for the language switch) and the CSRF token its forms carry.
 */
@RequestScoped
public class StaffVisit {

    private SurvivorLanguage language = SurvivorLanguage.EN;
    private boolean languageChosen;
    private String path = "/staff";
    private String query = "";
    private String csrfToken;
    private String sentCsrfToken;
    private boolean csrfIssued;
    private boolean begun;

    /** Whether the filter has read the request into this visit. */
    boolean begun() {
        return begun;
    }

    /** The language of the page. */
    public SurvivorLanguage language() {
        return language;
    }

    void language(SurvivorLanguage language, boolean chosen) {
        this.language = language;
        this.languageChosen = chosen;
    }

    /** Whether the request chose the language (the switch), so it is remembered in a cookie. */
    boolean languageChosen() {
        return languageChosen;
    }

    /** The page's path and its query without {@code lang}, for the language switch's links. */
    void address(String path, String query) {
        this.begun = true;
        this.path = path;
        this.query = query;
    }

    /** The page's path, without its query. */
    String path() {
        return path;
    }

    /** The page's path with its query (without {@code lang}) and the language parameter. */
    String addressIn(SurvivorLanguage other) {
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + other.code();
    }

    /**
     * The token every form of the page carries: the one the browser sent, or a fresh one (then set
     * as a cookie with the answer).
     */
    public String csrfToken() {
        if (csrfToken == null) {
            csrfToken = CsrfToken.issue();
            csrfIssued = true;
        }
        return csrfToken;
    }

    /** Whether the token is new and its cookie must be set with the answer. */
    boolean csrfIssued() {
        return csrfIssued;
    }

    void sentCsrfToken(String token) {
        this.csrfToken = token;
        this.sentCsrfToken = token;
        this.csrfIssued = false;
    }

    /** The well-formed token the browser's cookie carried, or null. */
    String sentCsrfToken() {
        return sentCsrfToken;
    }
}
