package org.survivorvoice.outreach.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.outreach.OutreachConfig;
import org.survivorvoice.survivor.Survivor;

/**
 * SMS conversations opened by invitations and by follow-ups of responses. Survivors may share a
 * handset, so a phone's reply answers its most recently opened conversation that is still open,
 * whichever opened it: the one rule of which conversation a reply answers.
 */
@ApplicationScoped
public class ConversationService {

    /** Conversations expired per call of {@link #expire}; the rest wait for the next sweep. */
    static final int BATCH = 500;

    private final OutreachConfig config;
    private final Event<ConversationEnded> ended;

    public ConversationService(OutreachConfig config, Event<ConversationEnded> ended) {
        this.config = config;
        this.ended = ended;
    }

    /** The open, unexpired conversation a reply from this phone (blind index) answers. */
    @Transactional
    public Optional<OpenConversation> openFor(byte[] phoneIndex, Instant now) {
        return openFor(List.of(phoneIndex), now);
    }

    /**
     * The open, unexpired conversation a reply from this phone answers, its row under any of the
     * phone's indexes (current and, during a vault key rotation, previous).
     */
    @Transactional
    public Optional<OpenConversation> openFor(List<byte[]> phoneIndexes, Instant now) {
        SmsConversation c =
                SmsConversation.find(
                                "phoneIndex in ?1 and state = ?2 and expiresAt > ?3"
                                        + " order by openedAt desc, id desc",
                                phoneIndexes,
                                SmsConversation.State.OPEN,
                                now)
                        .firstResult();
        return Optional.ofNullable(c)
                .map(
                        x ->
                                new OpenConversation(
                                        x.id,
                                        x.invitation == null ? null : x.invitation.id,
                                        x.encounter == null ? null : x.encounter.id,
                                        x.followUpId,
                                        x.survivor.id,
                                        x.language,
                                        x.expiresAt));
    }

    /** Opens (or, for a reminder, reopens) the invitation's conversation from now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(Invitation invitation, Instant now) {
        SmsConversation c = SmsConversation.find("invitation", invitation).firstResult();
        if (c == null) {
            c = new SmsConversation();
            c.invitation = invitation;
            c.encounter = invitation.encounter;
            c.survivor = invitation.survivor;
            c.phoneIndex = invitation.survivor.phoneIndex;
            c.language = invitation.language;
        }
        c.state = SmsConversation.State.OPEN;
        c.openedAt = now;
        c.expiresAt = now.plus(config.conversationValidity());
        c.persist();
    }

    /**
     * Opens the conversation of a follow-up sent now: her reply (1, 2 or 3) answers it while it is
     * her most recently opened conversation, by the same rule as invitations' ({@link #openFor}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openForFollowUp(long followUpId, Survivor survivor, String language, Instant now) {
        SmsConversation c = SmsConversation.find("followUpId", followUpId).firstResult();
        if (c == null) {
            c = new SmsConversation();
            c.followUpId = followUpId;
            c.survivor = survivor;
            c.phoneIndex = survivor.phoneIndex;
            c.language = language;
        }
        c.question = ConversationQuestion.CHANGE;
        c.state = SmsConversation.State.OPEN;
        c.openedAt = now;
        c.expiresAt = now.plus(config.conversationValidity());
        c.persist();
    }

    /**
     * Marks conversations whose reply window ran out, one by one so that each {@link
     * ConversationEnded} observer (the SMS intake keeps the answers given as a rating) works in
     * this transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int expire(Instant now) {
        List<SmsConversation> ending =
                SmsConversation.<SmsConversation>find(
                                "state = ?1 and expiresAt <= ?2 order by id",
                                SmsConversation.State.OPEN,
                                now)
                        .page(0, BATCH)
                        .list();
        for (SmsConversation c : ending) {
            c.state = SmsConversation.State.EXPIRED;
            ended.fire(new ConversationEnded(c.id, now));
        }
        return ending.size();
    }
}
