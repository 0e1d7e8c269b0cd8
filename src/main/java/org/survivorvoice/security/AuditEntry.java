package org.survivorvoice.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One append-only audit row. Immutable to Hibernate, and database triggers refuse updates and
 * deletes, so no code path can rewrite history.
 */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 80)
    public String actor;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(name = "object_type", nullable = false, length = 40)
    public String objectType;

    @Column(name = "object_id", length = 64)
    public String objectId;

    @Column(length = 500)
    public String detail;
}
