package org.survivorvoice.collective;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.survivor.Survivor;

/**
 * A survivor's membership of a collective, recorded with her consent: personal data, seen only by
 * admins and the field workers of her district.
 */
@Entity
@Table(name = "collective_member")
public class CollectiveMember extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "collective_id", nullable = false)
    public Collective collective;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survivor_id", nullable = false)
    public Survivor survivor;

    /** When the field worker recorded that she agreed to be a member. */
    @Column(name = "consented_at", nullable = false)
    public Instant consentedAt;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    /** Null while she is a member. */
    @Column(name = "left_on")
    public LocalDate leftOn;

    /** The staff user name that recorded the membership. */
    @Column(name = "recorded_by", nullable = false, length = 80)
    public String recordedBy;

    /** Her open membership of the collective, or null. */
    public static CollectiveMember findOpen(Collective collective, long survivorId) {
        return find(
                        "collective = ?1 and survivor.id = ?2 and leftOn is null",
                        collective,
                        survivorId)
                .firstResult();
    }

    @Override
    public String toString() {
        return "CollectiveMember[" + id + "]";
    }
}
