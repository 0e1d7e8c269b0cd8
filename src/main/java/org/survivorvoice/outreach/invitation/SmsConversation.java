package org.survivorvoice.outreach.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.survivor.Survivor;

/**
 * The SMS conversation an invitation or a follow-up opened; a reply from her phone answers it until
 * expiry.
 */
@Entity
@Table(name = "sms_conversation")
public class SmsConversation extends BaseEntity {

    /** Where a conversation stands. */
    public enum State {
        /** Replies from her phone answer it. */
        OPEN,
        /** Finished: every question answered, or she stopped. */
        CLOSED,
        /** Its reply window ran out; what was answered is kept. */
        EXPIRED
    }

    /** The invitation it belongs to; null for a follow-up's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id")
    public Invitation invitation;

    /** The invitation's encounter; null for a follow-up's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "encounter_id")
    public Encounter encounter;

    /**
     * The follow-up of a response it asks (outreach.followup), instead of an invitation; an id
     * rather than an association, so that invitations do not depend on follow-ups.
     */
    @Column(name = "follow_up_id")
    public Long followUpId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survivor_id", nullable = false)
    public Survivor survivor;

    /** Blind index of the phone the question went to. */
    @Column(name = "phone_index", nullable = false, length = 32)
    public byte[] phoneIndex;

    @Column(nullable = false, length = 2)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public State state;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    /** The question her next reply answers. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ConversationQuestion question = ConversationQuestion.OVERALL;

    @Column(columnDefinition = "tinyint")
    public Integer overall;

    @Column(columnDefinition = "tinyint")
    public Integer dignity;

    @Column(name = "money_asked")
    public Boolean moneyAsked;

    /** The rating stored from the answers, once the conversation ended with some. */
    @Column(name = "rating_id")
    public Long ratingId;

    /** Whether it asks a follow-up's question rather than an invitation's. */
    public boolean isFollowUp() {
        return followUpId != null;
    }

    /** Whether any question was answered. */
    public boolean hasAnswers() {
        return overall != null || dignity != null || moneyAsked != null;
    }

    @Override
    public String toString() {
        return "SmsConversation[" + id + ", " + state + "]";
    }
}
