package org.survivorvoice.safetydesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.survivor.Survivor;

/**
 * A rating or message that signalled danger, waiting for a field worker of her district to call her
 * back before its deadline. Never shown to officials or funders: the person she names may be the
 * official. Its opening text and phone are sealed; neither is ever logged or listed.
 */
@Entity
@Table(name = "safety_case")
public class SafetyCase extends BaseEntity {

    /** What opened it ({@link SafetyCheck#sourceKey()}); unique. */
    @Column(name = "source_key", nullable = false, length = 80)
    public String sourceKey;

    /** The {@link CaseSignal} names, comma-separated. */
    @Column(nullable = false, length = 200)
    public String signals;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public CaseChannel channel;

    @Column(nullable = false, length = 2)
    public String language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "survivor_id")
    public Survivor survivor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id")
    public Provider provider;

    @Column(name = "rating_id")
    public Long ratingId;

    /** Her district, else the provider's; null when neither is known. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    public Area district;

    /** The comment or message that opened it, sealed by {@link CaseTexts}; null when none. */
    @Column(name = "opening_text", length = 8300)
    public byte[] openingText;

    /** The phone it came from (PhoneVault), when no enrolled survivor is known. */
    @Column(name = "phone_ciphertext", length = 128)
    public byte[] phoneCiphertext;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public CaseOutcome outcome;

    /** When it opened, by the programme's clock. */
    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    /** When a field worker must have reached her. */
    @Column(name = "deadline_at", nullable = false)
    public Instant deadlineAt;

    /** The first contact; null until then. */
    @Column(name = "contacted_at")
    public Instant contactedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** When the daily escalation reported it overdue to the admins; null until then. */
    @Column(name = "escalated_at")
    public Instant escalatedAt;

    /** The signals, in their declared order. */
    public Set<CaseSignal> signalSet() {
        Set<CaseSignal> set = EnumSet.noneOf(CaseSignal.class);
        Arrays.stream(signals.split(","))
                .filter(s -> !s.isBlank())
                .forEach(s -> set.add(CaseSignal.valueOf(s)));
        return set;
    }

    /** The signals as stored. */
    static String signalNames(Set<CaseSignal> signals) {
        return signals.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The case opened by this source, if any. */
    public static Optional<SafetyCase> findBySource(String sourceKey) {
        return find("sourceKey", sourceKey).firstResultOptional();
    }

    @Override
    public String toString() {
        return "SafetyCase[" + id + ", " + status + "]";
    }
}
