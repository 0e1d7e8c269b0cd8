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
import java.util.List;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.survivor.Survivor;

/** An invitation to rate one encounter, on the channel her consent allows. */
@Entity
@Table(name = "invitation")
public class Invitation extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id", nullable = false)
    public Encounter encounter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survivor_id", nullable = false)
    public Survivor survivor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    public Provider provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    public Area district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Occasion occasion;

    /** Null when she consented to no channel. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public InvitationChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public InvitationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    public InvitationReason reason;

    @Column(nullable = false, length = 2)
    public String language;

    /** Start of the safe window it waits for, when it waits. */
    @Column(name = "not_before")
    public Instant notBefore;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Quarter of the first send in the programme's time zone, for the response rates. */
    @Column(name = "sent_period", length = 7)
    public String sentPeriod;

    @Column(name = "reminders_sent", nullable = false)
    public int remindersSent;

    @Column(name = "last_sent_at")
    public Instant lastSentAt;

    /** The latest invitation of an encounter, or null. */
    public static Invitation latestOf(long encounterId) {
        return find("encounter.id = ?1 order by id desc", encounterId).firstResult();
    }

    /** The invitations of an encounter that may still send or be answered. */
    public static List<Invitation> openOf(long encounterId) {
        return list("encounter.id = ?1 and status in ?2", encounterId, InvitationStatus.OPEN);
    }

    /** Whether it may still send or be answered. */
    public boolean isOpen() {
        return InvitationStatus.OPEN.contains(status);
    }

    /** Ends the invitation with a status and reason. */
    public void close(InvitationStatus newStatus, InvitationReason why) {
        status = newStatus;
        reason = why;
    }

    @Override
    public String toString() {
        return "Invitation[" + id + ", " + channel + ", " + status + "]";
    }
}
