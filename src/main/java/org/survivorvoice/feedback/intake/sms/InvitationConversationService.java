package org.survivorvoice.feedback.intake.sms;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.FeedbackService;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.feedback.RatingSubmission;
import org.survivorvoice.feedback.intake.sms.SmsCommand.QuestionAnswer;
import org.survivorvoice.outreach.followup.FollowUpService;
import org.survivorvoice.outreach.invitation.ConversationEnded;
import org.survivorvoice.outreach.invitation.ConversationQuestion;
import org.survivorvoice.outreach.invitation.ConversationService;
import org.survivorvoice.outreach.invitation.OpenConversation;
import org.survivorvoice.outreach.invitation.SmsConversation;
import org.survivorvoice.privacy.DoNotContactAdded;

/**
 * Replies to invitation conversations: each answer is saved on the conversation as it arrives
 * ({@link ConversationFlow} decides what it means), and the answers become one verified rating of
 * the invitation's encounter through {@link FeedbackService} when the last question is answered,
 * when the reply window runs out, or when she sends STOP, whichever comes first. Answers given are
 * kept in every case: a rating with only the overall answer still counts. The phone's most recently
 * opened conversation may be a follow-up's instead (one rule: {@link ConversationService#openFor});
 * its one answer goes to the follow-up ({@link FollowUpService#answer}).
 */
@ApplicationScoped
public class InvitationConversationService {

    /** A reply to the phone and the rating the answer completed, if it did. */
    public record Reply(String key, Long ratingId) {}

    private final ConversationService conversations;
    private final FeedbackService feedback;
    private final FollowUpService followUps;
    private final Clock clock;

    public InvitationConversationService(
            ConversationService conversations,
            FeedbackService feedback,
            FollowUpService followUps,
            Clock clock) {
        this.conversations = conversations;
        this.feedback = feedback;
        this.followUps = followUps;
        this.clock = clock;
    }

    /**
     * Takes a bare answer from the phone as the reply to its open conversation; empty when the
     * phone has none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Reply> answer(
            List<byte[]> phoneIndexes, QuestionAnswer answer, SurvivorLanguage language) {
        Instant now = clock.instant();
        Optional<OpenConversation> open = conversations.openFor(phoneIndexes, now);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        SmsConversation c = SmsConversation.findById(open.get().conversationId());
        // two messages of one phone handled at once must not both move the same question
        SmsConversation.getEntityManager().refresh(c, LockModeType.PESSIMISTIC_WRITE);
        if (c.state != SmsConversation.State.OPEN) {
            return Optional.empty();
        }
        if (c.isFollowUp()) {
            return Optional.of(answerFollowUp(c, answer, now));
        }
        if (encounterRated(c)) {
            // rated through another channel meanwhile: one rating per encounter (SAFETY I3)
            c.state = SmsConversation.State.CLOSED;
            Log.infof("SMS conversation %d closed: its encounter is already rated", c.id);
            return Optional.of(new Reply("sms.conversation.already-rated", null));
        }
        ConversationFlow.Step step = ConversationFlow.next(stateOf(c), answer);
        c.question = step.state().question();
        c.overall = step.state().overall();
        c.dignity = step.state().dignity();
        c.moneyAsked = step.state().moneyAsked();
        Long ratingId = null;
        if (step.complete()) {
            c.state = SmsConversation.State.CLOSED;
            ratingId = keep(c, language, now);
        }
        Log.infof("SMS conversation %d: next question %s", c.id, c.question);
        return Optional.of(new Reply(step.replyKey(), ratingId));
    }

    /**
     * A reply to a follow-up's question ("has it got better?"): 1, 2 or 3 in any script answers it
     * and closes the conversation with thanks; anything else gets the usual answer to a reply not
     * understood, and the question stays open.
     */
    private Reply answerFollowUp(SmsConversation c, QuestionAnswer answer, Instant now) {
        Integer digit = answer.scale();
        if (digit == null || digit > 3) {
            return new Reply("sms.unknown", null);
        }
        followUps.answer(c.followUpId, digit, now);
        c.question = ConversationQuestion.DONE;
        c.state = SmsConversation.State.CLOSED;
        Log.infof("SMS conversation %d answered its follow-up", c.id);
        return new Reply("sms.thanks", null);
    }

    /** A conversation's reply window ran out: what she answered becomes her rating. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onExpired(@Observes ConversationEnded event) {
        SmsConversation c = SmsConversation.findById(event.conversationId());
        if (c != null) {
            keepAnswered(c, event.at());
        }
    }

    /**
     * STOP (or 9 on a call) ends the phone's open conversations: no further question goes to her,
     * and what she already answered is kept, as her ratings still count after STOP.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onDoNotContact(@Observes DoNotContactAdded event) {
        Instant now = clock.instant();
        List<SmsConversation> open =
                SmsConversation.list(
                        "phoneIndex in ?1 and state = ?2",
                        event.phoneIndexes(),
                        SmsConversation.State.OPEN);
        for (SmsConversation c : open) {
            c.state = SmsConversation.State.CLOSED;
            keepAnswered(c, now);
            Log.infof("SMS conversation %d ended by do-not-contact", c.id);
        }
    }

    private void keepAnswered(SmsConversation c, Instant now) {
        if (c.ratingId == null && c.hasAnswers() && !encounterRated(c)) {
            keep(c, SurvivorLanguage.fromCodeOrEnglish(c.language), now);
        }
    }

    private Long keep(SmsConversation c, SurvivorLanguage language, Instant now) {
        if (encounterRated(c)) {
            return null;
        }
        c.ratingId =
                feedback.submit(
                                RatingSubmission.ofEncounter(
                                                c.encounter.id,
                                                c.survivor.id,
                                                Channel.SMS,
                                                language.code(),
                                                stateOf(c).answers())
                                        .at(now))
                        .id();
        Log.infof("SMS conversation %d kept as rating %d", c.id, c.ratingId);
        return c.ratingId;
    }

    private static boolean encounterRated(SmsConversation c) {
        return Rating.existsForEncounter(c.encounter.id);
    }

    private static ConversationFlow.State stateOf(SmsConversation c) {
        return new ConversationFlow.State(c.question, c.overall, c.dignity, c.moneyAsked);
    }
}
