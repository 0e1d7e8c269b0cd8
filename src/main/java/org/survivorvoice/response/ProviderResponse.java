package org.survivorvoice.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.provider.Provider;

/**
 * What a district will change for a provider after one quarter's results ("you said, we did"). The
 * action text is internal: officials of the district and admins read it, funders only ever get
 * counts and shares.
 */
@Entity
@Table(name = "provider_response")
public class ProviderResponse extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    public Provider provider;

    /** The provider's district when the response was recorded. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    public Area district;

    /** The quarter whose results it answers, as {@code 2026-Q3}. */
    @Column(nullable = false, length = 7)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ResponseTheme theme;

    @Column(name = "action_text", nullable = false, length = 1000)
    public String actionText;

    /** Who will act, as a role ("Station house officer"), never a person's name. */
    @Column(name = "owner_role", nullable = false, length = 120)
    public String ownerRole;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ResponseStatus status;

    /** Why it was dropped; set with DROPPED only. */
    @Column(name = "drop_reason", length = 500)
    public String dropReason;

    /** The staff username that recorded it. */
    @Column(name = "recorded_by", nullable = false, length = 80)
    public String recordedBy;

    /**
     * When it was recorded, by the programme's clock (which tests move; created_at is the VM's).
     */
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "dropped_at")
    public Instant droppedAt;

    @Override
    public String toString() {
        return "ProviderResponse[" + id + ", " + status + "]";
    }
}
