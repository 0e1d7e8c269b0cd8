package org.survivorvoice.outreach.results;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.invitation.ContactDecision;
import org.survivorvoice.outreach.invitation.ContactGate;
import org.survivorvoice.outreach.invitation.InvitationReason;
import org.survivorvoice.outreach.outbox.NewOutboxMessage;
import org.survivorvoice.outreach.outbox.OutboxMessage;
import org.survivorvoice.outreach.outbox.OutboxService;
import org.survivorvoice.privacy.DoNotContactAdded;
import org.survivorvoice.scoring.DistrictSatisfaction;
import org.survivorvoice.scoring.DistrictSatisfactionQueries;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.survivor.ConsentChanged;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.survivor.SurvivorExited;
import org.survivorvoice.survivor.SurvivorStatus;

/**
 * Results back to survivors (U-Report's lesson): once a quarter is released, each enrolled survivor
 * who consented to the purpose {@code results} and to SMS gets one contact for it, carrying her
 * district's published share of satisfied ratings ({@link DistrictSatisfactionQueries}, the one
 * owner of that figure). A withheld share sends nothing. The outreach gates ({@link ContactGate}:
 * do-not-contact, safe hours, consent) decide whether it goes now, waits for her safe hours or is
 * skipped, and the outbox carries it ({@link ResultsPurpose}, which asks the gates again at send
 * time). One contact per survivor and quarter (a unique key), so a second run changes nothing.
 * Withdrawn consent, do-not-contact and leaving the programme stop a pending one at once.
 */
@ApplicationScoped
public class ResultsService {

    private final DistrictSatisfactionQueries satisfaction;
    private final ResultsPurpose purpose;
    private final OutboxService outbox;
    private final ReleaseCalendar releases;
    private final ResultsConfig config;
    private final Clock clock;

    public ResultsService(
            DistrictSatisfactionQueries satisfaction,
            ResultsPurpose purpose,
            OutboxService outbox,
            ReleaseCalendar releases,
            ResultsConfig config,
            Clock clock) {
        this.satisfaction = satisfaction;
        this.purpose = purpose;
        this.outbox = outbox;
        this.releases = releases;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Creates the quarter's missing contacts at {@code now}: nothing before the quarter's release
     * or once its results are older than {@link ResultsConfig#validity()}. Throws when consent or
     * do-not-contact cannot be read, so nothing is created then (fail closed).
     */
    @Transactional
    public ResultsRun createFor(Quarter period, Instant now) {
        Instant release = releases.releaseOf(period);
        Instant expiresAt = release.plus(config.validity());
        if (now.isBefore(release) || !now.isBefore(expiresAt)) {
            return ResultsRun.NONE;
        }
        List<Survivor> recipients =
                Survivor.list(
                        "status = ?1 and consentResults = true and consentSms = true"
                                + " and phoneCiphertext is not null and id not in"
                                + " (select c.survivorId from ResultsContact c where c.period = ?2)"
                                + " order by id",
                        SurvivorStatus.ENROLLED,
                        period.toString());
        Map<Long, DistrictSatisfaction> figures = new HashMap<>();
        int queued = 0, waiting = 0, skipped = 0;
        for (Survivor survivor : recipients) {
            DistrictSatisfaction figure =
                    figures.computeIfAbsent(
                            survivor.district.id, district -> satisfaction.of(district, period));
            ResultsContact contact = contactOf(survivor, period, expiresAt);
            if (figure.withheld()) {
                contact.status = ResultsContactStatus.SKIPPED;
                contact.reason = ResultsContact.SHARE_WITHHELD;
            } else {
                contact.satisfiedPercent = figure.percent().getAsInt();
                ContactDecision decision = purpose.decide(survivor, expiresAt, now);
                switch (decision.verdict()) {
                    case SEND -> contact.status = ResultsContactStatus.QUEUED;
                    case WAIT -> {
                        contact.status = ResultsContactStatus.WAITING;
                        contact.reason = decision.reason().name();
                        contact.notBefore = decision.waitUntil();
                    }
                    case STOP -> {
                        contact.status = ResultsContactStatus.SKIPPED;
                        contact.reason = decision.reason().name();
                    }
                }
            }
            contact.persist();
            switch (contact.status) {
                case QUEUED -> {
                    queued++;
                    outbox.enqueue(messageOf(contact), now);
                }
                case WAITING -> {
                    waiting++;
                    outbox.enqueue(messageOf(contact), contact.notBefore);
                }
                default -> skipped++;
            }
        }
        ResultsRun run = new ResultsRun(recipients.size(), queued, waiting, skipped);
        if (run.created() > 0) {
            Log.infof(
                    "Results of %s: %d contacts, %d queued, %d waiting, %d skipped",
                    period, run.created(), queued, waiting, skipped);
        }
        return run;
    }

    /** She withdrew consent to the purpose or to SMS: her pending results message stops. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onConsentChanged(@Observes ConsentChanged event) {
        Survivor survivor = Survivor.findById(event.survivorId());
        if (survivor != null && !(survivor.consentResults && ContactGate.consentsToSms(survivor))) {
            stopPending(List.of(event.survivorId()), InvitationReason.CONSENT_WITHDRAWN);
        }
    }

    /** She left the programme: her pending results message stops. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onSurvivorExited(@Observes SurvivorExited event) {
        stopPending(List.of(event.survivorId()), InvitationReason.NOT_ENROLLED);
    }

    /** Her phone went on do-not-contact: her pending results message stops. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onDoNotContact(@Observes DoNotContactAdded event) {
        List<Long> survivors =
                Survivor.<Survivor>list("phoneIndex in ?1", event.phoneIndexes()).stream()
                        .map(s -> s.id)
                        .toList();
        stopPending(survivors, InvitationReason.DO_NOT_CONTACT);
    }

    private void stopPending(List<Long> survivorIds, InvitationReason reason) {
        Instant now = clock.instant();
        for (long survivorId : survivorIds) {
            for (ResultsContact contact : ResultsContact.pendingOf(survivorId)) {
                contact.status = ResultsContactStatus.CANCELLED;
                contact.reason = reason.name();
                outbox.cancelQueued(OutboxMessage.Kind.RESULTS, contact.id, now);
                Log.infof("Results contact %d stopped: %s", contact.id, reason);
            }
        }
    }

    private static ResultsContact contactOf(Survivor survivor, Quarter period, Instant expiresAt) {
        ResultsContact contact = new ResultsContact();
        contact.survivorId = survivor.id;
        contact.districtId = survivor.district.id;
        contact.period = period.toString();
        contact.language = survivor.language;
        contact.expiresAt = expiresAt;
        return contact;
    }

    private static NewOutboxMessage messageOf(ResultsContact contact) {
        return new NewOutboxMessage(
                OutboxMessage.Kind.RESULTS,
                contact.id,
                contact.survivorId,
                OutboxMessage.Channel.SMS,
                ResultsPurpose.TEMPLATE,
                contact.language,
                1);
    }
}
