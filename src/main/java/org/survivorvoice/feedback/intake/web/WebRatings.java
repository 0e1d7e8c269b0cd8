package org.survivorvoice.feedback.intake.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.feedback.FeedbackService;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.feedback.RatingReceipt;
import org.survivorvoice.feedback.RatingSubmission;
import org.survivorvoice.provider.ProviderCode;
import org.survivorvoice.provider.ProviderService;

/**
 * What the web forms need from the rest of the service: the name read back for a code, and the
 * rating stored through the one write path, {@link FeedbackService}. No transaction of its own:
 * each call it makes commits or rolls back by itself, so a refusal caught here cannot leave a
 * surrounding transaction marked for rollback.
 */
@ApplicationScoped
public class WebRatings {

    private final ProviderService providers;
    private final FeedbackService feedback;

    public WebRatings(ProviderService providers, FeedbackService feedback) {
        this.providers = providers;
        this.feedback = feedback;
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
     * Stores the form's answers about the provider, unverified (no encounter); empty when the
     * provider is unknown or not visible to the caller, and then nothing is stored.
     */
    public Optional<RatingReceipt> submit(
            FormPlace place, ProviderCode code, RatingForm form, SurvivorLanguage language) {
        try {
            return Optional.of(
                    feedback.submit(
                            RatingSubmission.ofProvider(
                                            code.value(),
                                            place.channel(),
                                            language.code(),
                                            RatingAnswers.of(form.answers(), form.moneyAsked()))
                                    .withComment(form.comment())));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
