package org.survivorvoice.feedback.intake.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
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

    /** The choice of a phone under any of its indexes (current and, in a rotation, previous). */
    public static Optional<PhoneLanguage> findByAnyIndex(List<byte[]> phoneIndexes) {
        return find("phoneIndex in ?1 order by updatedAt desc", phoneIndexes).firstResultOptional();
    }

    @Override
    public String toString() {
        return "PhoneLanguage[id=" + id + ", language=" + language + "]";
    }
}
