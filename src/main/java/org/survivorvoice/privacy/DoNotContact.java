package org.survivorvoice.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.persistence.BaseEntity;

/**
 * One phone (by its blind index) that must never be contacted again on any channel, until its owner
 * sends START. The number is kept only as vault ciphertext, when the channel gave it, so that a key
 * rotation can compute its new index (V29; older entries have none).
 */
@Entity
@Table(name = "do_not_contact")
public class DoNotContact extends BaseEntity {

    /** HMAC-SHA256 blind index of the phone, see {@link PhoneVault#blindIndex}. */
    @Column(name = "phone_index", nullable = false, length = 32)
    public byte[] phoneIndex;

    /**
     * The number's vault ciphertext ({@link PhoneVault#encrypt}); null for an entry made before
     * V29, or from a stored index alone, that no key rotation could map yet.
     */
    @Column(name = "phone_ciphertext", length = 128)
    public byte[] phoneCiphertext;

    /** Where the request came from: SMS, IVR, WEB or STAFF. */
    @Column(name = "source", nullable = false, length = 20)
    public String source;

    public static Optional<DoNotContact> findByPhoneIndex(byte[] phoneIndex) {
        return find("phoneIndex", phoneIndex).firstResultOptional();
    }

    /** The entries of a number under any of its indexes (current and, in a rotation, previous). */
    public static List<DoNotContact> findByAnyIndex(List<byte[]> phoneIndexes) {
        return list("phoneIndex in ?1", phoneIndexes);
    }

    @Override
    public String toString() {
        return "DoNotContact[id=" + id + ", source=" + source + "]";
    }
}
