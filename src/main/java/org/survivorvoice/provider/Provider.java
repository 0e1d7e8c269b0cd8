package org.survivorvoice.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.persistence.BaseEntity;

/** A police station, panchayat, hospital, health worker... that survivors rate. */
@Entity
@Table(name = "provider")
public class Provider extends BaseEntity {

    @Column(nullable = false, length = 12)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    public ProviderCategory category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    public Area area;

    /** The district above {@link #area}, stored for district scoping. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    public Area district;

    /** Languages the provider works in, comma separated codes ({@code bn,en}). */
    @Column(nullable = false, length = 40)
    public String languages;

    @Column(nullable = false)
    public boolean active;

    /** The provider with this code, or null. */
    public static Provider findByCode(String code) {
        return find("code", code).firstResult();
    }

    @Override
    public String toString() {
        return "Provider[" + code + "]";
    }
}
