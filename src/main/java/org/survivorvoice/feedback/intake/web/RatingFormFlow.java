package org.survivorvoice.feedback.intake.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.web.LanguageChoice;
import org.survivorvoice.provider.ProviderCode;

/**
 * The steps of a rating form, shared by the open form and the assisted one: the code first, the
 * provider's name read back with the questions, then the rating stored and the thanks page. Works
 * without JavaScript: each step is a plain form POST. Whatever goes wrong comes back as the same
 * page with the answers kept and the error next to its field; a tampered form gets a 400 page.
 * Nothing is stored until every check has passed.
 */
@ApplicationScoped
public class RatingFormFlow {

    private final WebRatings ratings;
    private final SurvivorPages pages;
    private final SurvivorVisit visit;

    public RatingFormFlow(WebRatings ratings, SurvivorPages pages, SurvivorVisit visit) {
        this.ratings = ratings;
        this.pages = pages;
        this.visit = visit;
    }

    /** The first page: the code field, empty. */
    public Response start(FormPlace place) {
        return pages.code(place, visit.language(), visit.csrfToken(), "", "", Map.of());
    }

    /** Handles a POST of either step. */
    public Response post(FormPlace place, Map<String, List<String>> fields) {
        SurvivorLanguage language = visit.language();
        Optional<RatingForm> read = RatingForm.read(fields);
        if (read.isEmpty()) {
            return badRequest(place, language);
        }
        RatingForm form = read.get();
        Optional<String> codeError = form.codeError();
        if (codeError.isPresent()) {
            return codeAgain(place, form, codeError.get());
        }
        ProviderCode code = form.code().orElseThrow();
        if (place == FormPlace.OPEN
                && form.step() == RatingForm.Step.ANSWERS
                && form.answerErrors().isEmpty()) {
            // the open form's usual last step: the provider's name is shown only on a page sent
            // again, and an unknown code is refused by the store itself with the same page, so
            // the rating is stored without reading the provider in a transaction of its own first
            return afterSubmit(place, form, language, ratings.submit(place, code, form, language));
        }
        Optional<String> provider = ratings.providerName(code);
        if (provider.isEmpty()) {
            return codeAgain(place, form, "web.error.code-not-recognised");
        }
        String encounter = "";
        if (place == FormPlace.ASSISTED) {
            Optional<String> encounterError =
                    form.encounterError()
                            .or(
                                    () ->
                                            form.encounter()
                                                    .flatMap(
                                                            id ->
                                                                    ratings.encounterProblem(
                                                                            id, code)));
            if (encounterError.isPresent()) {
                return pages.code(
                        place,
                        language,
                        visit.csrfToken(),
                        form.codeText(),
                        form.encounterText(),
                        Map.of("encounter", encounterError.get()));
            }
            encounter = form.encounter().map(String::valueOf).orElse("");
        }
        if (form.step() == RatingForm.Step.CODE) {
            return pages.questions(
                    place,
                    language,
                    visit.csrfToken(),
                    code.value(),
                    encounter,
                    provider.get(),
                    null,
                    Map.of());
        }
        Map<String, String> errors = form.answerErrors();
        if (!errors.isEmpty()) {
            return pages.questions(
                    place,
                    language,
                    visit.csrfToken(),
                    code.value(),
                    encounter,
                    provider.get(),
                    form,
                    errors);
        }
        return afterSubmit(place, form, language, ratings.submit(place, code, form, language));
    }

    /** The thanks page's redirect, or the code page with the reason nothing was stored. */
    private Response afterSubmit(
            FormPlace place, RatingForm form, SurvivorLanguage language, WebRatings.Stored stored) {
        if (stored.receipt() == null) {
            return pages.code(
                    place,
                    language,
                    visit.csrfToken(),
                    form.codeText(),
                    form.encounterText(),
                    Map.of(stored.field(), stored.error()));
        }
        // after a POST, a redirect: reloading the thanks page cannot send the rating twice
        return Response.seeOther(
                        URI.create(
                                place.path()
                                        + "/thanks?"
                                        + LanguageChoice.PARAM
                                        + "="
                                        + language.code()))
                .build();
    }

    /** The thanks page. */
    public Response thanks(FormPlace place) {
        return pages.thanks(place, visit.language());
    }

    /** The 400 page of a form no page of ours can produce. */
    public Response badRequest(FormPlace place, SurvivorLanguage language) {
        return pages.notice(
                400, language, "web.bad-request.title", "web.bad-request", place.path());
    }

    private Response codeAgain(FormPlace place, RatingForm form, String error) {
        return pages.code(
                place,
                visit.language(),
                visit.csrfToken(),
                form.codeText(),
                form.encounterText(),
                Map.of("code", error));
    }
}
