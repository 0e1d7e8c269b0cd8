package org.survivorvoice.survivor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.persistence.BaseEntity;

/**
 * A survivor, known to the service only by her id. Her phone is kept as ciphertext plus a blind
 * index, her IVR PIN as a bcrypt hash; neither ever leaves the service, and all three are purged
 * once she has left the programme and the retention time has passed (SAFETY.md D3).
 */
@Entity
@Table(name = "survivor")
public class Survivor extends BaseEntity {

    /** Null once her contact data is purged. */
    @Column(name = "phone_ciphertext", length = 128)
    public byte[] phoneCiphertext;

    /** Null once her contact data is purged. */
    @Column(name = "phone_index", length = 32)
    public byte[] phoneIndex;

    /** Preferred language: en, hi, bn or te. */
    @Column(nullable = false, length = 2)
    public String language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    public Area area;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    public Area district;

    /** May be invited by SMS. */
    @Column(name = "consent_sms", nullable = false)
    public boolean consentSms;

    /** May be called by the IVR. */
    @Column(name = "consent_ivr", nullable = false)
    public boolean consentIvr;

    /** May receive single-use web links. */
    @Column(name = "consent_web_link", nullable = false)
    public boolean consentWebLink;

    /** Her ratings may be used in scores and reports; withdrawing removes them from later ones. */
    @Column(name = "consent_reporting", nullable = false)
    public boolean consentReporting;

    /**
     * May get, once a quarter after its release, one message with how her district's services did.
     */
    @Column(name = "consent_results", nullable = false)
    public boolean consentResults;

    @Column(name = "consent_changed_at", nullable = false)
    public Instant consentChangedAt;

    @Column(name = "safe_from", nullable = false)
    public LocalTime safeFrom;

    @Column(name = "safe_to", nullable = false)
    public LocalTime safeTo;

    @Column(name = "time_zone", nullable = false, length = 40)
    public String timeZone;

    @Column(name = "ivr_pin_hash", length = 72)
    public String ivrPinHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SurvivorStatus status;

    /** When she left the programme; null while she is enrolled. */
    @Column(name = "exited_at")
    public Instant exitedAt;

    /** When the retention purge removed her phone and PIN; null while they are held. */
    @Column(name = "contact_purged_at")
    public Instant contactPurgedAt;

    /**
     * The collective through which she was identified (issue 18), by id: the survivor feature knows
     * no collectives, it asks {@link Identification} to check the choice. Null when she was
     * identified otherwise.
     */
    @Column(name = "identified_collective_id")
    public Long identifiedCollectiveId;

    /** The peer leader (a field worker's account id) through whom she was identified, or null. */
    @Column(name = "identified_peer_leader_id")
    public Long identifiedPeerLeaderId;

    /** The window in which she may be contacted, read in her time zone: the one rule for it. */
    public SafeWindow safeWindow() {
        return new SafeWindow(safeFrom, safeTo, ZoneId.of(timeZone));
    }

    @Override
    public String toString() {
        return "Survivor[" + id + "]";
    }
}
