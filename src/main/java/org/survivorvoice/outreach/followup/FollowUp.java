package org.survivorvoice.outreach.followup;

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
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.response.ProviderResponse;
import org.survivorvoice.survivor.Survivor;

/**
 * One neutral follow-up of a response marked done to one survivor who rated its provider in the
 * window: "Has it got better? 1 yes, 2 a little, 3 no". One per survivor and response; her answer
 * is kept with the time it came, so a workbook can count answers as of a date.
 */
@Entity
@Table(name = "response_follow_up")
public class FollowUp extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id", nullable = false)
    public ProviderResponse response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survivor_id", nullable = false)
    public Survivor survivor;

    /** The channel her consent allowed; null when it allowed none (SKIPPED, NO_CONSENT). */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public FollowUpChannel channel;

    @Column(nullable = false, length = 2)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public FollowUpStatus status;

    /** Why it waits, was skipped or stopped (the outreach gates' reasons). */
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public InvitationReason reason;

    /** When it waits for her safe hours: the opening it waits for. */
    @Column(name = "not_before")
    public Instant notBefore;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** 1 = yes, 2 = a little, 3 = no. */
    @Column(columnDefinition = "tinyint")
    public Integer answer;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** Whether it has not gone out yet. */
    public boolean isPending() {
        return FollowUpStatus.PENDING.contains(status);
    }

    @Override
    public String toString() {
        return "FollowUp[" + id + ", " + status + "]";
    }
}
