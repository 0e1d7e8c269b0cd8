package org.survivorvoice.safetydesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.survivorvoice.common.persistence.BaseEntity;

/** What a field worker or admin noted on a safety case; the body is sealed by {@link CaseTexts}. */
@Entity
@Table(name = "safety_case_note")
public class CaseNote extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    public SafetyCase safetyCase;

    /** Random key the sealed body is bound to. */
    @Column(name = "seal_key", nullable = false, length = 40)
    public String sealKey;

    @Column(nullable = false, length = 4300)
    public byte[] body;

    /** The staff user name that wrote it. */
    @Column(name = "written_by", nullable = false, length = 80)
    public String writtenBy;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    @Override
    public String toString() {
        return "CaseNote[" + id + "]";
    }
}
