package org.survivorvoice.privacy;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * The cross-channel do-not-contact registry (SAFETY.md, CHANNELS.md STOP/START and "press 9").
 * Entries are keyed by the phone's blind index, so adding and checking never needs the number in
 * clear.
 */
@ApplicationScoped
public class DoNotContactService {

    private final Event<DoNotContactAdded> added;

    public DoNotContactService(Event<DoNotContactAdded> added) {
        this.added = added;
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

    /** True when the phone with this blind index must not be contacted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean contains(byte[] phoneIndex) {
        return DoNotContact.findByPhoneIndex(phoneIndex).isPresent();
    }

    /**
     * Adds the phone; adding it again changes nothing.
     *
     * @return true when the phone was not on the registry before
     */
    @Transactional
    public boolean add(byte[] phoneIndex, Source source) {
        if (DoNotContact.findByPhoneIndex(phoneIndex).isPresent()) {
            return false;
        }
        DoNotContact entry = new DoNotContact();
        entry.phoneIndex = phoneIndex;
        entry.source = source.name();
        entry.persist();
        Log.infof("Do-not-contact entry %d added from %s", entry.id, source);
        // pending invitations to this phone stop now, not only at their next send
        added.fire(new DoNotContactAdded(phoneIndex));
        return true;
    }

    /**
     * Removes the phone (START).
     *
     * @return true when the phone was on the registry
     */
    @Transactional
    public boolean remove(byte[] phoneIndex) {
        return DoNotContact.findByPhoneIndex(phoneIndex)
                .map(
                        entry -> {
                            entry.delete();
                            Log.infof("Do-not-contact entry %d removed", entry.id);
                            return true;
                        })
                .orElse(false);
    }
}
