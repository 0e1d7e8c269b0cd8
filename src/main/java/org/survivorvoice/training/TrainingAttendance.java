package org.survivorvoice.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.provider.Provider;

/** One provider whose staff attended a training event, and how many of them (1 to 10,000). */
@Entity
@Table(name = "training_attendance")
public class TrainingAttendance extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false)
    public TrainingEvent training;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    public Provider provider;

    @Column(name = "staff_count", nullable = false)
    public int staffCount;

    @Override
    public String toString() {
        return "TrainingAttendance[" + id + ", " + staffCount + "]";
    }
}
