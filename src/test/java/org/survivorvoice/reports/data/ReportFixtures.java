package org.survivorvoice.reports.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import org.survivorvoice.area.Area;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.encounter.EncounterOutcome;
import org.survivorvoice.encounter.ServiceType;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.testing.RatingRow;

/** Report-specific test data: commented ratings and encounters with outcomes. */
@ApplicationScoped
public class ReportFixtures {

    /** A satisfied rating with a comment and answers to every dimension, by a new rater. */
    @Transactional
    public void comment(String providerCode, String period, String text) {
        Quarter quarter = Quarter.parse(period);
        RatingRow.of(Provider.findByCode(providerCode).id)
                .channel(Channel.SMS)
                .language("bn")
                .at(quarter, RatingRow.day(quarter, 20))
                .answers(new RatingAnswers(5, 5, 4, 3, 5, null))
                .comment(text)
                .persist();
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

    /** A new district in the same state as the given one: the same comparison group. */
    @Transactional
    public Area districtBeside(long districtId) {
        Area sibling = Area.findById(districtId);
        Area district = new Area();
        district.name = sibling.name + " east";
        district.level = AreaLevel.DISTRICT;
        district.parent = sibling.parent;
        district.persist();
        return district;
    }

    /**
     * Invitations first sent in the quarter for new encounters of the survivor with the provider;
     * the first {@code answered} of them were answered by a verified, satisfied rating of their
     * encounter (which also counts as a rating of the quarter).
     */
    @Transactional
    public void invitations(
            long survivorId, String providerCode, String period, int sent, int answered) {
        Quarter quarter = Quarter.parse(period);
        Provider provider = Provider.findByCode(providerCode);
        Survivor survivor = Survivor.findById(survivorId);
        Instant sentAt = quarter.start().plusDays(6).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (int i = 0; i < sent; i++) {
            Encounter e = new Encounter();
            e.survivor = survivor;
            e.provider = provider;
            e.serviceType = ServiceType.findByCode("FIR");
            e.district = Area.findById(provider.district.id);
            e.date = quarter.start().plusDays(5);
            e.outcome = EncounterOutcome.PENDING;
            e.outcomeChangedAt = sentAt;
            e.persist();
            Encounter.getEntityManager()
                    .createNativeQuery(
                            "INSERT INTO invitation (encounter_id, survivor_id, provider_id,"
                                    + " district_id, occasion, channel, status, language,"
                                    + " expires_at, sent_at, sent_period, reminders_sent,"
                                    + " created_at, updated_at) VALUES (:encounter, :survivor,"
                                    + " :provider, :district, 'LOGGED', 'SMS_LINK', :status, 'bn',"
                                    + " :expires, :sent, :period, 0, :sent, :sent)")
                    .setParameter("encounter", e.id)
                    .setParameter("survivor", survivorId)
                    .setParameter("provider", provider.id)
                    .setParameter("district", provider.district.id)
                    .setParameter("status", i < answered ? "ANSWERED" : "EXPIRED")
                    .setParameter("expires", java.sql.Timestamp.from(sentAt.plusSeconds(86_400)))
                    .setParameter("sent", java.sql.Timestamp.from(sentAt))
                    .setParameter("period", quarter.toString())
                    .executeUpdate();
            if (i < answered) {
                RatingRow.ofEncounter(e)
                        .channel(Channel.WEB)
                        .language("bn")
                        .at(quarter, sentAt.plusSeconds(3_600))
                        .overall(5)
                        .persist();
            }
        }
    }
}
