package org.survivorvoice.outreach.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.survivorvoice.outreach.OutreachConfig;

/**
 * SMS conversations opened by invitations. Survivors may share a handset, so a phone's reply
 * answers its most recently opened conversation that is still open.
 */
@ApplicationScoped
public class Conversations {

    private final OutreachConfig config;

    public Conversations(OutreachConfig config) {
        this.config = config;
    }

    /** The open, unexpired conversation a reply from this phone (blind index) answers. */
    @Transactional
    public Optional<OpenConversation> openFor(byte[] phoneIndex, Instant now) {
        SmsConversation c =
                SmsConversation.find(
                                "phoneIndex = ?1 and state = ?2 and expiresAt > ?3"
                                        + " order by openedAt desc, id desc",
                                phoneIndex,
                                SmsConversation.State.OPEN,
                                now)
                        .firstResult();
        return Optional.ofNullable(c)
                .map(
                        x ->
                                new OpenConversation(
                                        x.id,
                                        x.invitation.id,
                                        x.encounter.id,
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

    /** Marks conversations whose reply window ran out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int expire(Instant now) {
        return SmsConversation.update(
                "state = ?1, updatedAt = ?2 where state = ?3 and expiresAt <= ?2",
                SmsConversation.State.EXPIRED,
                now,
                SmsConversation.State.OPEN);
    }
}
