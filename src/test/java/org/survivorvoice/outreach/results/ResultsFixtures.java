package org.survivorvoice.outreach.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.outbox.OutboxMessage;
import org.survivorvoice.outreach.outbox.OutboxStatus;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.survivor.SurvivorStatus;

/** Survivors who consent (or not) to results, and their contacts as tests read them. */
@ApplicationScoped
public class ResultsFixtures {

    /** One results contact, as tests read it. */
    public record ContactRow(
            long id,
            ResultsContactStatus status,
            String reason,
            Integer satisfiedPercent,
            Instant notBefore,
            Instant sentAt) {}

    private final OutreachFixtures outreach;
    private final ReleaseCalendar releases;

    public ResultsFixtures(OutreachFixtures outreach, ReleaseCalendar releases) {
        this.outreach = outreach;
        this.releases = releases;
    }

    /** An enrolled survivor of the district speaking the language, safe from 10:00 to 17:30. */
    public long survivor(
            long district, String phone, String language, Consent consent, boolean results) {
        return survivor(
                district,
                phone,
                language,
                consent,
                results,
                LocalTime.of(10, 0),
                LocalTime.of(17, 30));
    }

    /** The same with her safe hours (Kolkata time). */
    @Transactional
    public long survivor(
            long district,
            String phone,
            String language,
            Consent consent,
            boolean results,
            LocalTime from,
            LocalTime to) {
        long id = outreach.survivor(district, phone, consent, from, to);
        Survivor s = Survivor.findById(id);
        s.language = language;
        s.consentResults = results;
        return id;
    }

    /** Marks her as having left the programme, straight in the table. */
    @Transactional
    public void exited(long survivorId) {
        Survivor s = Survivor.findById(survivorId);
        s.status = SurvivorStatus.EXITED;
        s.exitedAt = Instant.now();
    }

    /** Her contact of the quarter, if she has one. */
    @Transactional
    public Optional<ContactRow> contactOf(long survivorId, Quarter period) {
        return ResultsContact.<ResultsContact>find(
                        "survivorId = ?1 and period = ?2", survivorId, period.toString())
                .firstResultOptional()
                .map(
                        c ->
                                new ContactRow(
                                        c.id,
                                        c.status,
                                        c.reason,
                                        c.satisfiedPercent,
                                        c.notBefore,
                                        c.sentAt));
    }

    /** The statuses of her results messages in the outbox, oldest first. */
    @Transactional
    public List<OutboxStatus> outboxOf(long survivorId) {
        return OutboxMessage.<OutboxMessage>list(
                        "survivorId = ?1 and kind = ?2 order by id",
                        survivorId,
                        OutboxMessage.Kind.RESULTS)
                .stream()
                .map(m -> m.status)
                .toList();
    }

    /** How many contacts she has of the quarter. */
    @Transactional
    public long contactsOf(long survivorId, Quarter period) {
        return ResultsContact.count(
                "survivorId = ?1 and period = ?2", survivorId, period.toString());
    }

    /** The quarter's release, moved to the given time of that day in Kolkata, plus some days. */
    public Instant afterRelease(Quarter period, int days, LocalTime at) {
        ZonedDateTime release = releases.releaseOf(period).atZone(OutreachFixtures.KOLKATA);
        return release.toLocalDate()
                .plusDays(days)
                .atTime(at)
                .atZone(OutreachFixtures.KOLKATA)
                .toInstant();
    }
}
