package org.survivorvoice.outreach.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.survivor.Survivor;

/**
 * An outbound IVR call for an invitation or a follow-up; the voice webhooks find it by its CallSid.
 */
@Entity
@Table(name = "call_request")
public class CallRequest extends BaseEntity {

    /** Where a call request stands. */
    public enum State {
        /** About to be placed (the gateway has not answered yet). */
        PLACING,
        /** Twilio accepted the call; {@code callSid} is set. */
        PLACED,
        /** The gateway refused the call. */
        FAILED,
        /** The call flow finished. */
        DONE
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

    @Column(nullable = false, length = 2)
    public String language;

    @Column(name = "call_sid", length = 64)
    public String callSid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public State state;

    /** Whether the call asks a follow-up's question rather than an invitation's. */
    public boolean isFollowUp() {
        return followUpId != null;
    }

    @Override
    public String toString() {
        return "CallRequest[" + id + ", " + state + "]";
    }
}
