package org.survivorvoice.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.encounter.Pillar;

/**
 * A training or sensitisation event for providers' staff (issue 18), as an admin records it: when,
 * on what, by whom, under which pillar, and which providers' staff attended. Its effect on the
 * attending providers' ratings is read from {@link TrainingWindow}'s quarters.
 */
@Entity
@Table(name = "training_event")
public class TrainingEvent extends BaseEntity {

    /** The day it was held (the last day, for an event of several days). */
    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false, length = 200)
    public String topic;

    /** The department, agency or organisation that ran it. */
    @Column(nullable = false, length = 200)
    public String organiser;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Pillar pillar;

    /** The staff username that recorded it. */
    @Column(name = "recorded_by", nullable = false, length = 80)
    public String recordedBy;

    @OneToMany(mappedBy = "training", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    public List<TrainingAttendance> attendance = new ArrayList<>();

    @Override
    public String toString() {
        return "TrainingEvent[" + id + ", " + heldOn + "]";
    }
}
