package org.survivorvoice.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.scoring.method.ReviewLabel;

/** An admin's field verification of a flagged provider for a period; the latest one counts. */
@Entity
@Table(name = "provider_review")
public class ProviderReview extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    public Provider provider;

    @Column(nullable = false, length = 7)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ReviewLabel label;

    @Column(nullable = false)
    public boolean verified;

    /** The reviewer's note; internal, never in funder output. */
    @Column(length = 1000)
    public String note;

    @Column(nullable = false, length = 80)
    public String reviewer;

    @Override
    public String toString() {
        return "ProviderReview[" + id + ", " + label + "]";
    }
}
