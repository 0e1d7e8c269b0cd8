package org.survivorvoice.encounter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.survivorvoice.common.persistence.BaseEntity;

/** An entitlement the programme tracks (FIR, RATION_CARD...): data, seeded by migration. */
@Entity
@Table(name = "service_type")
public class ServiceType extends BaseEntity {

    @Column(nullable = false, length = 40)
    public String code;

    @Column(nullable = false, length = 120)
    public String name;

    /** The pillar the programmes report it under; admins may move it. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Pillar pillar;

    /** The service type with this code, or null. */
    public static ServiceType findByCode(String code) {
        return find("code", code).firstResult();
    }

    @Override
    public String toString() {
        return "ServiceType[" + code + "]";
    }
}
