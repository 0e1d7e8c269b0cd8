package org.survivorvoice.staff.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.survivor.Survivor;

/** Rows the field pages may write, counted before and after a request. */
@ApplicationScoped
public class FieldCounts {

    @Transactional
    public long survivorsIn(long districtId) {
        return Survivor.count("district.id", districtId);
    }

    @Transactional
    public long encountersOf(String providerCode) {
        return Encounter.count("provider.code", providerCode);
    }

    @Transactional
    public long ratingsOf(String providerCode) {
        return Rating.count("provider.code", providerCode);
    }

    @Transactional
    public long paperRatingsOf(String providerCode, boolean verified) {
        return Rating.count(
                "provider.code = ?1 and channel = ?2 and verified = ?3",
                providerCode,
                Channel.PAPER,
                verified);
    }

    @Transactional
    public long allRatings() {
        return Rating.count();
    }

    @Transactional
    public String outcomeOf(long encounterId) {
        return Encounter.<Encounter>findById(encounterId).outcome.name();
    }

    /** Channel and verified flag of the encounter's rating, or null when it has none. */
    @Transactional
    public String ratingOfEncounter(long encounterId) {
        Rating rating = Rating.find("encounter.id", encounterId).firstResult();
        return rating == null ? null : rating.channel + " " + rating.verified;
    }
}
