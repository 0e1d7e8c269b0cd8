package org.survivorvoice.feedback;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.RuleViolatedException;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.encounter.EncounterService;
import org.survivorvoice.encounter.RatingStored;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.safetydesk.CaseChannel;
import org.survivorvoice.safetydesk.SafetyCheck;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.survivor.SurvivorService;

/**
 * The one write path for ratings: the web form, SMS, IVR and staff entry all call {@link #submit},
 * so a rating means the same thing whichever way it arrived. One rating per encounter is checked
 * here and guaranteed by a unique key, so concurrent attempts through two channels cannot both
 * land. A rating of an encounter is announced in the same transaction ({@link RatingStored}), which
 * is how outreach learns that the encounter is answered; every rating is also handed to the safety
 * desk ({@link SafetyCheck}) in the same transaction, which opens a case when it signals danger.
 */
@ApplicationScoped
public class FeedbackService {

    private static final int MAX_COMMENT = 2000;

    private final EncounterService encounters;
    private final ProviderService providers;
    private final SurvivorService survivors;
    private final ProgrammeCalendar calendar;
    private final Clock clock;
    private final Event<RatingStored> stored;
    private final Event<SafetyCheck> safety;

    public FeedbackService(
            EncounterService encounters,
            ProviderService providers,
            SurvivorService survivors,
            ProgrammeCalendar calendar,
            Clock clock,
            Event<RatingStored> stored,
            Event<SafetyCheck> safety) {
        this.encounters = encounters;
        this.providers = providers;
        this.survivors = survivors;
        this.calendar = calendar;
        this.clock = clock;
        this.stored = stored;
        this.safety = safety;
    }

    /** Stores a rating; 422 when its encounter is already rated or does not match. */
    @Transactional
    public RatingReceipt submit(RatingSubmission submission) {
        Content content = Content.of(submission);
        Rating rating = new Rating();
        if (submission.encounterId() != null) {
            Encounter encounter = encounters.requireVisible(submission.encounterId());
            if (submission.providerCode() != null
                    && !submission.providerCode().equals(encounter.provider.code)) {
                throw new RuleViolatedException("The provider is not the encounter's provider.");
            }
            if (submission.survivorId() != null
                    && !submission.survivorId().equals(encounter.survivor.id)) {
                throw new RuleViolatedException("The survivor is not the encounter's survivor.");
            }
            if (Rating.existsForEncounter(encounter.id)) {
                throw new RuleViolatedException("This encounter has already been rated.");
            }
            rating.encounter = encounter;
            rating.provider = encounter.provider;
            rating.survivor = encounter.survivor;
        } else if (submission.providerCode() != null) {
            return storeFor(
                    providers.requireVisible(submission.providerCode()), submission, content);
        } else {
            throw new InvalidInputException("providerCode", "name a provider or an encounter");
        }
        return store(rating, submission, content);
    }

    /**
     * Stores a rating of the provider the submission names by its code (no encounter), when a
     * provider has that code; empty, with nothing stored and the caller's transaction left as it
     * was, when none has. For a channel that answers an unknown code itself (SMS) inside its own
     * transaction, where {@link #submit}'s 404 would roll that transaction back: the provider is
     * read once, here, rather than checked first and read again.
     */
    @Transactional
    public Optional<RatingReceipt> submitToKnownProvider(RatingSubmission submission) {
        if (submission.encounterId() != null || submission.providerCode() == null) {
            throw new IllegalArgumentException("a rating of a provider named by its code");
        }
        Optional<Provider> provider = providers.findVisible(submission.providerCode());
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(storeFor(provider.get(), submission, Content.of(submission)));
    }

    /** A submission's answers and cleaned comment, refused unless in range and not both empty. */
    private record Content(RatingAnswers answers, String comment) {

        static Content of(RatingSubmission submission) {
            RatingAnswers answers = RatingAnswers.orNone(submission.answers());
            if (!answers.toAnswers().inRange()) {
                throw new InvalidInputException("answers", "every answer is from 1 to 5");
            }
            String comment = CommentText.clean(submission.comment(), MAX_COMMENT);
            if (answers.isEmpty() && comment == null) {
                throw new InvalidInputException("answers", "answer at least one question");
            }
            return new Content(answers, comment);
        }
    }

    /** Stores a rating of the provider without an encounter, by the survivor if one is named. */
    private RatingReceipt storeFor(
            Provider provider, RatingSubmission submission, Content content) {
        Rating rating = new Rating();
        rating.provider = provider;
        if (submission.survivorId() != null) {
            rating.survivor = survivors.requireVisible(submission.survivorId());
        }
        return store(rating, submission, content);
    }

    /** Stores the rating whose encounter, provider and survivor are set, and announces it. */
    private RatingReceipt store(Rating rating, RatingSubmission submission, Content content) {
        RatingAnswers answers = content.answers();
        String comment = content.comment();
        Instant ratedAt = submission.ratedAt() == null ? clock.instant() : submission.ratedAt();
        rating.verified = rating.encounter != null;
        rating.raterKey = raterKey(rating.survivor, submission.raterKey());
        rating.channel = Objects.requireNonNull(submission.channel(), "channel");
        rating.language = submission.language() == null ? "en" : submission.language();
        rating.period = calendar.quarterOf(ratedAt).toString();
        rating.ratedAt = ratedAt;
        rating.answers = answers;
        rating.comment = comment;
        try {
            rating.persistAndFlush();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException || isConstraint(e)) {
                throw new RuleViolatedException("This encounter has already been rated.");
            }
            throw e;
        }
        if (rating.encounter != null) {
            stored.fire(new RatingStored(rating.encounter, rating.channel.name()));
        }
        safety.fire(safetyCheck(rating).from(submission.replyPhone()));
        Log.infof(
                "Rating %d stored: provider %s, channel %s, verified %s",
                rating.id, rating.provider.code, rating.channel, rating.verified);
        return new RatingReceipt(rating.id, rating.verified);
    }

    /** The rating as the safety desk looks at it, in this transaction. */
    private static SafetyCheck safetyCheck(Rating rating) {
        return SafetyCheck.ofRating(
                rating.id,
                CaseChannel.valueOf(rating.channel.name()),
                rating.language,
                rating.survivor == null ? null : rating.survivor.id,
                rating.provider.id,
                rating.answers.overall(),
                rating.answers.moneyAsked(),
                rating.comment);
    }

    private static boolean isConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static String raterKey(Survivor survivor, String given) {
        if (survivor != null) {
            return RaterKey.forSurvivor(survivor.id);
        }
        if (given != null && !given.isBlank()) {
            return given;
        }
        // an anonymous rating counts as its own rater
        return RaterKey.anonymous();
    }
}
