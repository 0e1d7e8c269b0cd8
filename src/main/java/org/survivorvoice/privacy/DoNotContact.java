package org.survivorvoice.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import org.survivorvoice.common.persistence.BaseEntity;

/**
 * One phone (by its blind index) that must never be contacted again on any channel, until its owner
 * sends START. The number itself is not stored here.
 */
@Entity
@Table(name = "do_not_contact")
public class DoNotContact extends BaseEntity {

    /** HMAC-SHA256 blind index of the phone, see {@link PhoneVault#blindIndex}. */
    @Column(name = "phone_index", nullable = false, length = 32)
    public byte[] phoneIndex;

    /** Where the request came from: SMS, IVR, WEB or STAFF. */
    @Column(name = "source", nullable = false, length = 20)
    public String source;

    public static Optional<DoNotContact> findByPhoneIndex(byte[] phoneIndex) {
        return find("phoneIndex", phoneIndex).firstResultOptional();
    }

    @Override
    public String toString() {
        return "DoNotContact[id=" + id + ", source=" + source + "]";
    }
}
