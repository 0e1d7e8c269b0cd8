package org.survivorvoice.outreach.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.survivorvoice.common.persistence.BaseEntity;

/**
 * One survivor's results message of one quarter: at most one per survivor and quarter (a unique
 * key), so a quarter's results never reach her twice. Holds the published whole percent it carries,
 * never her phone or the text.
 */
@Entity
@Table(name = "results_contact")
public class ResultsContact extends BaseEntity {

    /** Why a contact was skipped when the share of her district is withheld (n below the gate). */
    public static final String SHARE_WITHHELD = "SHARE_WITHHELD";

    @Column(name = "survivor_id", nullable = false)
    public Long survivorId;

    @Column(name = "district_id", nullable = false)
    public Long districtId;

    /** The released quarter whose results it carries, e.g. {@code 2026-Q2}. */
    @Column(nullable = false, length = 7)
    public String period;

    @Column(nullable = false, length = 2)
    public String language;

    /** The published share of satisfied ratings as a whole percent; null when withheld. */
    @Column(name = "satisfied_percent")
    public Integer satisfiedPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public ResultsContactStatus status;

    /** An outreach gate's reason ({@code InvitationReason}) or {@link #SHARE_WITHHELD}. */
    @Column(length = 30)
    public String reason;

    /** The opening of her safe window it waits for, when it waits. */
    @Column(name = "not_before")
    public Instant notBefore;

    /** After this the quarter's results are old news: the message no longer goes out. */
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** Her contacts that may still go out. */
    static List<ResultsContact> pendingOf(long survivorId) {
        return list("survivorId = ?1 and status in ?2", survivorId, ResultsContactStatus.PENDING);
    }

    @Override
    public String toString() {
        return "ResultsContact[" + id + ", " + period + ", " + status + "]";
    }
}
