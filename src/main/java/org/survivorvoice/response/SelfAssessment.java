package org.survivorvoice.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.provider.Provider;

/**
 * A provider's own scores on the survivors' five questions (1 to 5, any may be missing) for one
 * quarter, recorded at the interface meeting so that the meeting can set them beside the survivors'
 * scores. One per provider and quarter; recording again replaces it.
 */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    public Provider provider;

    /** The quarter, as {@code 2026-Q3}. */
    @Column(nullable = false, length = 7)
    public String period;

    @Column(columnDefinition = "tinyint")
    public Integer overall;

    @Column(columnDefinition = "tinyint")
    public Integer dignity;

    @Column(columnDefinition = "tinyint")
    public Integer listened;

    @Column(columnDefinition = "tinyint")
    public Integer timeliness;

    @Column(columnDefinition = "tinyint")
    public Integer outcome;

    /** The staff username that recorded it last. */
    @Column(name = "recorded_by", nullable = false, length = 80)
    public String recordedBy;

    /** The provider's self-assessment of the quarter, locked for a replacement when asked. */
    public static Optional<SelfAssessment> find(Provider provider, String period, boolean lock) {
        var query = find("provider = ?1 and period = ?2", provider, period);
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query)
                .firstResultOptional();
    }

    @Override
    public String toString() {
        return "SelfAssessment[" + id + ", " + period + "]";
    }
}
