package org.survivorvoice.collective;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.security.StaffUser;

/** A field worker who leads a collective (a peer leader). */
@Entity
@Table(name = "collective_peer_leader")
public class CollectivePeerLeader extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "collective_id", nullable = false)
    public Collective collective;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    public StaffUser user;

    /** Whether the user leads the collective. */
    public static boolean leads(long userId, Collective collective) {
        return count("user.id = ?1 and collective = ?2", userId, collective) > 0;
    }

    @Override
    public String toString() {
        return "CollectivePeerLeader[" + id + "]";
    }
}
