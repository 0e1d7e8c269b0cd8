package org.survivorvoice.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.survivorvoice.common.persistence.BaseEntity;

/** A kind of provider (POLICE, HOSPITAL...): data, seeded by migration, admins may add more. */
@Entity
@Table(name = "provider_category")
public class ProviderCategory extends BaseEntity {

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false, length = 120)
    public String name;

    /** The category with this code, or null. */
    public static ProviderCategory findByCode(String code) {
        return find("code", code).firstResult();
    }

    @Override
    public String toString() {
        return "ProviderCategory[" + code + "]";
    }
}
