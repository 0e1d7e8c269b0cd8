package org.survivorvoice.reports.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.UUID;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.encounter.EncounterOutcome;
import org.survivorvoice.encounter.ServiceType;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.survivor.Survivor;

/** Report-specific test data: commented ratings and encounters with outcomes. */
@ApplicationScoped
public class ReportFixtures {

    /** A satisfied rating with a comment and answers to every dimension, by a new rater. */
    @Transactional
    public void comment(String providerCode, String period, String text) {
        Quarter quarter = Quarter.parse(period);
        Rating rating = new Rating();
        rating.provider = Provider.findByCode(providerCode);
        rating.raterKey = "T:" + UUID.randomUUID();
        rating.channel = Channel.SMS;
        rating.language = "bn";
        rating.verified = false;
        rating.period = quarter.toString();
        rating.ratedAt = quarter.start().plusDays(20).atStartOfDay(ZoneOffset.UTC).toInstant();
        rating.overall = 5;
        rating.dignity = 5;
        rating.listened = 4;
        rating.timeliness = 3;
        rating.outcome = 5;
        rating.comment = text;
        rating.persist();
    }

    /**
     * Encounters of the survivor with the provider on the quarter's 5th day, decided after days.
     */
    @Transactional
    public void encounters(
            long survivorId,
            String providerCode,
            String period,
            String serviceType,
            EncounterOutcome outcome,
            int days,
            int count) {
        Quarter quarter = Quarter.parse(period);
        Provider provider = Provider.findByCode(providerCode);
        for (int i = 0; i < count; i++) {
            Encounter e = new Encounter();
            e.survivor = Survivor.findById(survivorId);
            e.provider = provider;
            e.serviceType = ServiceType.findByCode(serviceType);
            e.district = Area.findById(provider.district.id);
            e.date = quarter.start().plusDays(4);
            e.outcome = outcome;
            e.outcomeChangedAt =
                    e.date.plusDays(days).atStartOfDay(ZoneOffset.UTC).plusHours(12).toInstant();
            e.persist();
        }
    }
}
