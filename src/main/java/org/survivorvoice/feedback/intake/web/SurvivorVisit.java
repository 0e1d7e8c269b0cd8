package org.survivorvoice.feedback.intake.web;

import jakarta.enterprise.context.RequestScoped;
import org.survivorvoice.common.i18n.SurvivorLanguage;

/**
 * What {@link SurvivorPageFilter} found out about one request to a survivor page: its language and
 * the CSRF token the page must carry in its forms.
 */
@RequestScoped
public class SurvivorVisit {

    private SurvivorLanguage language = SurvivorLanguage.EN;
    private boolean languageChosen;
    private String csrfToken;
    private boolean csrfIssued;

    /** The language of the page. */
    public SurvivorLanguage language() {
        return language;
    }

    /** Whether the request chose the language itself (link or form), so it is remembered. */
    boolean languageChosen() {
        return languageChosen;
    }

    void language(SurvivorLanguage language, boolean chosen) {
        this.language = language;
        this.languageChosen = chosen;
    }

    /**
     * The token every form of the page carries in its {@code csrf} field: the one the browser sent,
     * or a fresh one (then set as a cookie with the answer), so pages without a form set none.
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

    /** Keeps the well-formed token the browser sent. */
    void sentCsrfToken(String token) {
        this.csrfToken = token;
        this.csrfIssued = false;
    }
}
