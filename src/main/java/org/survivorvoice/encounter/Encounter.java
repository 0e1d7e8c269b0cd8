package org.survivorvoice.encounter;

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
import org.survivorvoice.survivor.Survivor;

/** A survivor sought a service from a provider on a date, with an outcome. */
@Entity
@Table(name = "encounter")
public class Encounter extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survivor_id", nullable = false)
    public Survivor survivor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    public Provider provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_type_id", nullable = false)
    public ServiceType serviceType;

    /** The provider's district, stored for district scoping. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    public Area district;

    @Column(name = "encounter_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public EncounterOutcome outcome;

    @Column(name = "outcome_changed_at", nullable = false)
    public Instant outcomeChangedAt;

    @Override
    public String toString() {
        return "Encounter[" + id + "]";
    }
}
