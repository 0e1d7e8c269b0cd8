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

/** An outbound IVR call for an invitation; the voice webhooks find it by its CallSid. */
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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invitation_id", nullable = false)
    public Invitation invitation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id", nullable = false)
    public Encounter encounter;

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

    @Override
    public String toString() {
        return "CallRequest[" + id + ", " + state + "]";
    }
}
