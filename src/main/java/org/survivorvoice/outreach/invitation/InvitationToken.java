package org.survivorvoice.outreach.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.survivorvoice.common.persistence.BaseEntity;

/** The SHA-256 of one single-use link token; the token itself is never stored. */
@Entity
@Table(name = "invitation_token")
public class InvitationToken extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invitation_id", nullable = false)
    public Invitation invitation;

    @Column(name = "token_hash", nullable = false, length = 32)
    public byte[] tokenHash;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Override
    public String toString() {
        return "InvitationToken[" + id + "]";
    }
}
