package org.survivorvoice.feedback.intake.ivr;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.util.Optional;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.persistence.BaseEntity;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.feedback.intake.ivr.IvrCall.IvrNotice;

/** The stored state of a call, incoming or placed for an invitation, keyed by Twilio's CallSid. */
@Entity
@Table(name = "ivr_call")
public class IvrCallRecord extends BaseEntity {

    @Column(name = "call_sid", nullable = false, length = 64)
    public String callSid;

    /** Blind index of the caller; null when the caller id is withheld or not a phone. */
    @Column(name = "phone_index", length = 32)
    public byte[] phoneIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public IvrStep step;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public int retries;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public IvrNotice notice;

    @Column(length = 2)
    public String language;

    @Column(name = "provider_code", length = 12)
    public String providerCode;

    /** The answers so far; null until the first (Hibernate loads all-null columns as null). */
    @Embedded public RatingAnswers answers;

    @Column(name = "rating_id")
    public Long ratingId;

    @Column(name = "recording_sid", length = 64)
    public String recordingSid;

    /** The invitation call this is, or null for an incoming call. */
    @Column(name = "call_request_id")
    public Long callRequestId;

    /** Whether the call was placed for an invitation. */
    public boolean isInvited() {
        return callRequestId != null;
    }

    /** The call locked for update until the transaction ends. */
    public static Optional<IvrCallRecord> lock(String callSid) {
        return find("callSid", callSid)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The state the flow works on. */
    public IvrCall state() {
        RatingAnswers given = RatingAnswers.orNone(answers);
        return new IvrCall(
                step,
                language == null ? null : SurvivorLanguage.fromCodeOrEnglish(language),
                providerCode,
                given.toAnswers(),
                given.moneyAsked(),
                retries,
                version,
                notice);
    }

    /** Takes over the flow's new state. */
    public void apply(IvrCall call) {
        step = call.step();
        version = call.version();
        retries = call.retries();
        notice = call.notice();
        language = call.language() == null ? null : call.language().code();
        providerCode = call.providerCode();
        answers = RatingAnswers.of(call.answers(), call.moneyAsked());
    }

    @Override
    public String toString() {
        return "IvrCallRecord[id=" + id + ", step=" + step + "]";
    }
}
