package org.survivorvoice.privacy;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The cross-channel do-not-contact registry (SAFETY.md, CHANNELS.md STOP/START and "press 9").
 * Entries are keyed by the phone's blind index, so adding and checking never needs the number in
 * clear. During a vault key rotation an entry may still be under the previous index key: checks
 * given the number ({@link #containsPhone}, {@link #containsStored}) match either index, and an
 * entry is added under the current key with the number's ciphertext, so no rotation can lose it.
 */
@ApplicationScoped
public class DoNotContactService {

    private final Event<DoNotContactAdded> added;
    private final PhoneVault vault;

    public DoNotContactService(Event<DoNotContactAdded> added, PhoneVault vault) {
        this.added = added;
        this.vault = vault;
    }

    /** Where an opt-out came from. */
    public enum Source {
        /** STOP by SMS. */
        SMS,
        /** "Press 9" during a call. */
        IVR,
        /** The web form. */
        WEB,
        /** Recorded by staff on the survivor's request. */
        STAFF
    }

    /** True when the phone with exactly this blind index must not be contacted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean contains(byte[] phoneIndex) {
        return DoNotContact.findByPhoneIndex(phoneIndex).isPresent();
    }

    /** True when the phone must not be contacted, its entry under either index key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean containsPhone(PhoneNumber phone) {
        return !DoNotContact.findByAnyIndex(vault.lookupIndexes(phone)).isEmpty();
    }

    /**
     * True when the phone a row stores (a survivor's ciphertext and index) must not be contacted.
     * Outside a rotation the index says it; during one the row and the entry may be under different
     * index keys, so the number is opened and both indexes are checked.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean containsStored(byte[] phoneCiphertext, byte[] phoneIndex) {
        if (vault.rotating() && phoneCiphertext != null) {
            return containsPhone(vault.decrypt(phoneCiphertext));
        }
        return phoneIndex != null && contains(phoneIndex);
    }

    /**
     * Adds the phone by its index alone (a channel that no longer has the number); adding it again
     * changes nothing. An entry without a number cannot be moved by a later key rotation unless
     * another row knows the number: prefer {@link #add(PhoneNumber, Source)}.
     *
     * @return true when the phone was not on the registry before
     */
    @Transactional
    public boolean add(byte[] phoneIndex, Source source) {
        return add(List.of(phoneIndex), null, source);
    }

    /**
     * Adds the phone under the current index key, with its ciphertext; adding it again (under
     * either index key) changes nothing.
     *
     * @return true when the phone was not on the registry before
     */
    @Transactional
    public boolean add(PhoneNumber phone, Source source) {
        return add(vault.lookupIndexes(phone), vault.encrypt(phone), source);
    }

    private boolean add(List<byte[]> indexes, byte[] ciphertext, Source source) {
        if (!DoNotContact.findByAnyIndex(indexes).isEmpty()) {
            return false;
        }
        DoNotContact entry = new DoNotContact();
        entry.phoneIndex = indexes.get(0);
        entry.phoneCiphertext = ciphertext;
        entry.source = source.name();
        entry.persist();
        Log.infof("Do-not-contact entry %d added from %s", entry.id, source);
        // pending invitations to this phone stop now, not only at their next send
        added.fire(new DoNotContactAdded(indexes));
        return true;
    }

    /**
     * Removes the phone with exactly this index (START).
     *
     * @return true when the phone was on the registry
     */
    @Transactional
    public boolean remove(byte[] phoneIndex) {
        return remove(List.of(phoneIndex));
    }

    /**
     * Removes the phone under either index key (START).
     *
     * @return true when the phone was on the registry
     */
    @Transactional
    public boolean remove(PhoneNumber phone) {
        return remove(vault.lookupIndexes(phone));
    }

    private boolean remove(List<byte[]> indexes) {
        List<DoNotContact> entries = DoNotContact.findByAnyIndex(indexes);
        for (DoNotContact entry : entries) {
            entry.delete();
            Log.infof("Do-not-contact entry %d removed", entry.id);
        }
        return !entries.isEmpty();
    }
}
