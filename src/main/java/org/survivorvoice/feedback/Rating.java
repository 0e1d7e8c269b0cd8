package org.survivorvoice.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.survivor.Survivor;

/**
 * A survivor's rating of a provider; written only by {@link FeedbackService} ({@code
 * ArchitectureTest} holds every other class to that).
 */
@Entity
@Table(name = "rating")
public class Rating extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    public Provider provider;

    /** The encounter rated; a rating tied to one is verified. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "encounter_id")
    public Encounter encounter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "survivor_id")
    public Survivor survivor;

    /** Who rated, for counting distinct raters: survivor id, phone blind index, or the rating. */
    @Column(name = "rater_key", nullable = false, length = 80)
    public String raterKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Channel channel;

    @Column(nullable = false, length = 2)
    public String language;

    @Column(nullable = false)
    public boolean verified;

    /** Quarter of {@link #ratedAt} in the programme's time zone, e.g. {@code 2026-Q3}. */
    @Column(nullable = false, length = 7)
    public String period;

    @Column(name = "rated_at", nullable = false)
    public Instant ratedAt;

    /** The answers; read as {@link RatingAnswers#NONE} when none was given. */
    @Embedded public RatingAnswers answers;

    /** Free text; never logged, never returned by the API, redacted before any report. */
    @Column(length = 2000)
    public String comment;

    /**
     * The answers, never null: Hibernate loads a rating whose answer columns are all null (one with
     * only a comment) with none. Panache reads {@code rating.answers} through this getter.
     */
    public RatingAnswers getAnswers() {
        return RatingAnswers.orNone(answers);
    }

    /** Whether the encounter has a rating: the one check of "this encounter is rated". */
    public static boolean existsForEncounter(long encounterId) {
        return count("encounter.id", encounterId) > 0;
    }

    @Override
    public String toString() {
        return "Rating[" + id + ", " + channel + "]";
    }
}
