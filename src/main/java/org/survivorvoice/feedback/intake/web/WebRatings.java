package org.survivorvoice.feedback.intake.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.error.RuleViolatedException;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.encounter.EncounterService;
import org.survivorvoice.encounter.EncounterView;
import org.survivorvoice.feedback.FeedbackService;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.feedback.RatingReceipt;
import org.survivorvoice.feedback.RatingSubmission;
import org.survivorvoice.provider.ProviderCode;
import org.survivorvoice.provider.ProviderService;

/**
 * What the web forms need from the rest of the service: the name read back for a code, the check of
 * an encounter a field worker names, and the rating stored through the one write path, {@link
 * FeedbackService}. No transaction of its own: each call it makes commits or rolls back by itself,
 * so a refusal caught here cannot leave a surrounding transaction marked for rollback.
 */
@ApplicationScoped
public class WebRatings {

    private final ProviderService providers;
    private final FeedbackService feedback;
    private final EncounterService encounters;

    public WebRatings(
            ProviderService providers, FeedbackService feedback, EncounterService encounters) {
        this.providers = providers;
        this.feedback = feedback;
        this.encounters = encounters;
    }

    /**
     * The name of the provider with the code, if the caller may see it (a field worker bound to a
     * district sees only its providers; a survivor sees all); empty for an unknown code.
     */
    public Optional<String> providerName(ProviderCode code) {
        try {
            return Optional.of(providers.get(code.value()).name());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Why the encounter cannot be rated with the provider's code, as a message key of the encounter
     * field: not visible to the caller (another district's, or no such encounter), or another
     * provider's. Empty when it can.
     */
    public Optional<String> encounterProblem(long encounterId, ProviderCode code) {
        try {
            EncounterView encounter = encounters.get(encounterId);
            return encounter.providerCode().equals(code.value())
                    ? Optional.empty()
                    : Optional.of("web.error.encounter-other-provider");
        } catch (NotFoundException e) {
            return Optional.of("web.error.encounter-not-found");
        }
    }

    /**
     * Stores the form's answers about the provider: verified when the form names an encounter
     * (checked by {@link #encounterProblem} first), else unverified. The field and message key of
     * the refusal when nothing was stored: the code when the provider is unknown or not visible to
     * the caller, the encounter when it is already rated.
     */
    public Stored submit(
            FormPlace place, ProviderCode code, RatingForm form, SurvivorLanguage language) {
        Optional<Long> encounter =
                place == FormPlace.ASSISTED ? form.encounter() : Optional.empty();
        if (encounter.isPresent()) {
            Optional<String> problem = encounterProblem(encounter.get(), code);
            if (problem.isPresent()) {
                return Stored.refused("encounter", problem.get());
            }
        }
        RatingAnswers answers = RatingAnswers.of(form.answers(), form.moneyAsked());
        RatingSubmission submission =
                encounter.isPresent()
                        ? RatingSubmission.ofEncounterOfProvider(
                                encounter.get(),
                                code.value(),
                                place.channel(),
                                language.code(),
                                answers)
                        : RatingSubmission.ofProvider(
                                code.value(), place.channel(), language.code(), answers);
        try {
            return Stored.ok(feedback.submit(submission.withComment(form.comment())));
        } catch (NotFoundException e) {
            return Stored.refused("code", "web.error.code-not-recognised");
        } catch (RuleViolatedException e) {
            return Stored.refused("encounter", "web.error.encounter-rated");
        }
    }

    /** A stored rating's receipt, or the field and message key of why nothing was stored. */
    public record Stored(RatingReceipt receipt, String field, String error) {

        static Stored ok(RatingReceipt receipt) {
            return new Stored(receipt, null, null);
        }

        static Stored refused(String field, String error) {
            return new Stored(null, field, error);
        }
    }
}
