package org.survivorvoice.collective;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.persistence.BaseEntity;

/**
 * A survivors' collective at one area level, with the collective one level up as its parent. The
 * district (site and district collectives) and the state are copied from the area at creation.
 */
@Entity
@Table(name = "collective")
public class Collective extends BaseEntity {

    @Column(nullable = false, length = 160)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public CollectiveLevel level;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    public Area area;

    /** The district of a site or district collective; null above. */
    @Column(name = "district_id")
    public Long districtId;

    @Column(name = "state_id", nullable = false)
    public Long stateId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Collective parent;

    @Column(name = "formed_on", nullable = false)
    public LocalDate formedOn;

    /** When it stopped meeting; null while active. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** Whether it is active (not closed). */
    public boolean active() {
        return closedOn == null;
    }

    /** Whether a survivor of the district may belong to it or be identified through it. */
    public boolean covers(long survivorDistrict, long survivorState) {
        return level.withinDistrict() ? districtId == survivorDistrict : stateId == survivorState;
    }

    @Override
    public String toString() {
        return "Collective[" + id + ", " + level + "]";
    }
}
