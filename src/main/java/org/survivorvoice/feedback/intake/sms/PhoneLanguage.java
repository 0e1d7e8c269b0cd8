package org.survivorvoice.feedback.intake.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import org.survivorvoice.common.persistence.BaseEntity;

/** The reply language a phone chose with {@code LANG}, keyed by its blind index. */
@Entity
@Table(name = "sms_phone_language")
public class PhoneLanguage extends BaseEntity {

    @Column(name = "phone_index", nullable = false, length = 32)
    public byte[] phoneIndex;

    /** en, hi, bn or te. */
    @Column(nullable = false, length = 2)
    public String language;

    public static Optional<PhoneLanguage> findByPhoneIndex(byte[] phoneIndex) {
        return find("phoneIndex", phoneIndex).firstResultOptional();
    }

    @Override
    public String toString() {
        return "PhoneLanguage[id=" + id + ", language=" + language + "]";
    }
}
