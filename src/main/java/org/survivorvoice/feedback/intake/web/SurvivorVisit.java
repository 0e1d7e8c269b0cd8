package org.survivorvoice.feedback.intake.web;

import jakarta.enterprise.context.RequestScoped;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.web.CsrfToken;
import org.survivorvoice.common.web.LanguageChoice;

/**
 * What {@link SurvivorPageFilter} found out about one request to a survivor page: its language and
 * the CSRF token the page must carry in its forms.
 */
@RequestScoped
public class SurvivorVisit {

    private SurvivorLanguage language = SurvivorLanguage.EN;
    private boolean languageChosen;
    private boolean languageGuessed;
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

    /** Whether the language is only guessed from the browser (or English by default). */
    public boolean languageGuessed() {
        return languageGuessed;
    }

    void language(SurvivorLanguage language, boolean chosen) {
        this.language = language;
        this.languageChosen = chosen;
        this.languageGuessed = false;
    }

    void language(LanguageChoice choice) {
        language(choice.language(), choice.chosen());
        this.languageGuessed = choice.guessed();
    }

    /** Uses the language (an invitation's) in place of a guess. */
    public void languageInsteadOfGuess(SurvivorLanguage known) {
        if (languageGuessed) {
            this.language = known;
            this.languageGuessed = false;
        }
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
