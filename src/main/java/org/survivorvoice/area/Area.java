package org.survivorvoice.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.persistence.BaseEntity;

/** A state, district, block or gram panchayat. */
@Entity
@Table(name = "area")
public class Area extends BaseEntity {

    @Column(nullable = false, length = 120)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AreaLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Area parent;

    /** The district this area lies in (itself for a district), empty above district level. */
    public Optional<Area> district() {
        Area area = this;
        while (area != null && area.level != AreaLevel.DISTRICT) {
            area = area.parent;
        }
        return Optional.ofNullable(area);
    }

    /**
     * The area a request names in {@code field}, which must lie in a district (a district, block or
     * gram panchayat); 400 otherwise.
     */
    public static Area requireWithinDistrict(Long id, String field) {
        Area area = id == null ? null : findById(id);
        if (area == null) {
            throw new InvalidInputException(field, "no such area");
        }
        if (area.district().isEmpty()) {
            throw new InvalidInputException(field, "must be a district or an area within one");
        }
        return area;
    }

    /** Whether a sibling under the same parent already has this name. */
    public static boolean existsByParentAndName(Area parent, String name) {
        return parent == null
                ? count("parent is null and name = ?1", name) > 0
                : count("parent = ?1 and name = ?2", parent, name) > 0;
    }

    @Override
    public String toString() {
        return "Area[" + id + ", " + level + ", " + name + "]";
    }
}
