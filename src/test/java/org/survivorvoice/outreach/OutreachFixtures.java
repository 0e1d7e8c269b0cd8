package org.survivorvoice.outreach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.encounter.Encounter;
import org.survivorvoice.encounter.EncounterOutcome;
import org.survivorvoice.encounter.ServiceType;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.outreach.invitation.Invitation;
import org.survivorvoice.outreach.invitation.InvitationService;
import org.survivorvoice.outreach.invitation.InvitationState;
import org.survivorvoice.outreach.invitation.Occasion;
import org.survivorvoice.outreach.outbox.OutboxMessage;
import org.survivorvoice.outreach.outbox.OutboxStatus;
import org.survivorvoice.privacy.DoNotContactService;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.survivor.SurvivorStatus;
import org.survivorvoice.testing.RatingRow;

/**
 * Outreach test data written straight to the database (no staff login needed), and invitations made
 * at an instant the test chooses: the controlled clock of these tests.
 */
@ApplicationScoped
public class OutreachFixtures {

    /** Kolkata, the programme's and the survivors' time zone. */
    public static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    /** What a survivor agreed to. */
    public record Consent(boolean sms, boolean ivr, boolean webLink, boolean reporting) {
        public static final Consent ALL = new Consent(true, true, true, true);
        public static final Consent SMS_ONLY = new Consent(true, false, false, true);
        public static final Consent IVR_ONLY = new Consent(false, true, false, true);
    }

    /** One outbox row, as tests read it. */
    public record OutboxRow(
            long id,
            OutboxMessage.Kind kind,
            OutboxStatus status,
            int attempts,
            String lastError,
            String providerMessageId,
            Instant nextAttemptAt,
            String preview) {}

    private final PhoneVault vault;
    private final InvitationService invitations;
    private final DoNotContactService doNotContact;
    private final EntityManager em;

    public OutreachFixtures(
            PhoneVault vault,
            InvitationService invitations,
            DoNotContactService doNotContact,
            EntityManager em) {
        this.vault = vault;
        this.invitations = invitations;
        this.doNotContact = doNotContact;
        this.em = em;
    }

    /** A fresh Indian mobile number in E.164, never the canary. */
    public static String phone() {
        return "+917" + (100_000_000 + ThreadLocalRandom.current().nextInt(800_000_000));
    }

    /** Noon in Kolkata, {@code days} days from today. */
    public static Instant noonIn(int days) {
        return LocalDate.now(KOLKATA).plusDays(days).atTime(12, 0).atZone(KOLKATA).toInstant();
    }

    /** An enrolled survivor of the district with safe hours 10:00 to 17:30 Kolkata time. */
    @Transactional
    public long survivor(long districtId, String phone, Consent consent) {
        return survivor(districtId, phone, consent, LocalTime.of(10, 0), LocalTime.of(17, 30));
    }

    /** An enrolled survivor with the given safe hours (Kolkata time). */
    @Transactional
    public long survivor(
            long districtId, String phone, Consent consent, LocalTime from, LocalTime to) {
        PhoneNumber number = PhoneNumber.parse(phone).orElseThrow();
        Area district = Area.findById(districtId);
        Survivor s = new Survivor();
        s.phoneCiphertext = vault.encrypt(number);
        s.phoneIndex = vault.blindIndex(number);
        s.language = "hi";
        s.area = district;
        s.district = district;
        s.consentSms = consent.sms();
        s.consentIvr = consent.ivr();
        s.consentWebLink = consent.webLink();
        s.consentReporting = consent.reporting();
        s.consentChangedAt = Instant.now();
        s.safeFrom = from;
        s.safeTo = to;
        s.timeZone = KOLKATA.getId();
        s.ivrPinHash =
                consent.ivr() ? "$2a$04$notarealhashnotarealhashnotarealhashnotarealhashnot" : null;
        s.status = SurvivorStatus.ENROLLED;
        s.persist();
        return s.id;
    }

    /** A pending encounter of the survivor with the provider, without an invitation yet. */
    @Transactional
    public long encounter(long survivorId, String providerCode) {
        Provider provider = Provider.findByCode(providerCode);
        Encounter e = new Encounter();
        e.survivor = Survivor.findById(survivorId);
        e.provider = provider;
        e.serviceType = ServiceType.findByCode("FIR");
        e.district = provider.district;
        e.date = LocalDate.now(KOLKATA).minusDays(1);
        e.outcome = EncounterOutcome.PENDING;
        e.outcomeChangedAt = Instant.now();
        e.persist();
        return e.id;
    }

    /** Invites her to rate the encounter as if it happened at {@code now}. */
    @Transactional
    public InvitationState invite(long encounterId, Occasion occasion, Instant now) {
        return invitations.inviteFor(Encounter.findById(encounterId), occasion, now);
    }

    /** The state of the encounter's latest invitation. */
    @Transactional
    public InvitationState stateOf(long encounterId) {
        return invitations.stateOf(encounterId);
    }

    /** The latest invitation's id. */
    @Transactional
    public long invitationId(long encounterId) {
        return Invitation.latestOf(encounterId).id;
    }

    /** The outbox rows of the encounter's invitations, oldest first. */
    @Transactional
    public List<OutboxRow> outboxOf(long encounterId) {
        return OutboxMessage.<OutboxMessage>list(
                        "invitation.encounter.id = ?1 order by id", encounterId)
                .stream()
                .map(
                        m ->
                                new OutboxRow(
                                        m.id,
                                        m.kind,
                                        m.status,
                                        m.attempts,
                                        m.lastError,
                                        m.providerMessageId,
                                        m.nextAttemptAt,
                                        m.preview))
                .toList();
    }

    /**
     * Cancels every queued message of earlier tests, so a dispatch sends only this test's (the
     * outbox is one table for the whole run).
     */
    @Transactional
    public void cancelAllQueued() {
        OutboxMessage.update(
                "status = ?1 where status = ?2", OutboxStatus.CANCELLED, OutboxStatus.QUEUED);
    }

    /** Ends every open invitation of earlier tests, so a sweep works on this test's only. */
    @Transactional
    public void closeAllOpenInvitations() {
        cancelAllQueued();
        Invitation.update(
                "status = ?1 where status in ?2",
                org.survivorvoice.outreach.invitation.InvitationStatus.EXPIRED,
                org.survivorvoice.outreach.invitation.InvitationStatus.OPEN);
    }

    /** Ends the encounter's open invitations unanswered, as the sweep does when they expire. */
    @Transactional
    public void expireInvitationsOf(long encounterId) {
        for (Invitation invitation : Invitation.openOf(encounterId)) {
            invitation.close(
                    org.survivorvoice.outreach.invitation.InvitationStatus.EXPIRED,
                    org.survivorvoice.outreach.invitation.InvitationReason.EXPIRED);
        }
        cancelQueuedOf(encounterId);
    }

    private void cancelQueuedOf(long encounterId) {
        OutboxMessage.update(
                "status = ?1 where status = ?2 and invitation.id in"
                        + " (select i.id from Invitation i where i.encounter.id = ?3)",
                OutboxStatus.CANCELLED,
                OutboxStatus.QUEUED,
                encounterId);
    }

    /** Puts the phone on the do-not-contact registry, as STOP would. */
    public void doNotContact(String phone) {
        doNotContact.add(
                vault.blindIndex(PhoneNumber.parse(phone).orElseThrow()),
                DoNotContactService.Source.SMS);
    }

    /** Puts the phone on the registry straight in the table, bypassing the registry's event. */
    @Transactional
    public void doNotContactSilently(String phone) {
        org.survivorvoice.privacy.DoNotContact entry = new org.survivorvoice.privacy.DoNotContact();
        entry.phoneIndex = vault.blindIndex(PhoneNumber.parse(phone).orElseThrow());
        entry.source = "STAFF";
        entry.persist();
    }

    /** Withdraws every consent straight in the table, bypassing the service and its event. */
    @Transactional
    public void withdrawConsentSilently(long survivorId) {
        em.createQuery(
                        "update Survivor set consentSms = false, consentIvr = false,"
                                + " consentWebLink = false where id = ?1")
                .setParameter(1, survivorId)
                .executeUpdate();
    }

    /** Stores a rating of the encounter, as a channel would. */
    @Transactional
    public void rate(long encounterId) {
        RatingRow.ofEncounter(Encounter.findById(encounterId))
                .channel(Channel.SMS)
                .language("hi")
                .at(Quarter.of(LocalDate.now(KOLKATA)), Instant.now())
                .overall(4)
                .persist();
    }
}
