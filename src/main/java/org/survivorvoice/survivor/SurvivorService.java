package org.survivorvoice.survivor;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.PhoneVault;
import org.survivorvoice.security.AuditService;
import org.survivorvoice.security.StaffContext;

/** Enrolment, consent and exit of survivors; every read and change is audited. */
@ApplicationScoped
public class SurvivorService {

    private final PhoneVault vault;
    private final StaffContext staff;
    private final AuditService audit;
    private final SurvivorVoiceConfig config;
    private final Clock clock;
    private final Event<ConsentChanged> consentChanged;
    private final Event<SurvivorExited> exited;
    private final Identification identification;

    public SurvivorService(
            PhoneVault vault,
            StaffContext staff,
            AuditService audit,
            SurvivorVoiceConfig config,
            Clock clock,
            Event<ConsentChanged> consentChanged,
            Event<SurvivorExited> exited,
            Identification identification) {
        this.vault = vault;
        this.staff = staff;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.consentChanged = consentChanged;
        this.exited = exited;
        this.identification = identification;
    }

    /** Enrols a survivor; her phone is encrypted and indexed, her PIN hashed. */
    @Transactional
    public EnrolledSurvivor enrol(NewSurvivor request) {
        PhoneNumber phone =
                PhoneNumber.parse(request.phone())
                        .orElseThrow(
                                () -> new InvalidInputException("phone", "is not a mobile number"));
        Area area = Area.requireWithinDistrict(request.areaId(), "areaId");
        Area district = area.district().orElseThrow();
        staff.requireVisible(district.id, "Area");
        if (request.consent().ivr() && request.ivrPin() == null) {
            throw new InvalidInputException("ivrPin", "is needed when she agrees to phone calls");
        }
        Survivor survivor = new Survivor();
        survivor.phoneCiphertext = vault.encrypt(phone);
        survivor.phoneIndex = vault.blindIndex(phone);
        survivor.language = request.language();
        survivor.area = area;
        survivor.district = district;
        apply(survivor, request.consent());
        SafeHours hours = request.safeHours();
        survivor.safeFrom = hours == null ? config.enrolment().defaultSafeFrom() : hours.from();
        survivor.safeTo = hours == null ? config.enrolment().defaultSafeTo() : hours.to();
        survivor.timeZone = config.timeZone().getId();
        survivor.ivrPinHash =
                request.ivrPin() == null
                        ? null
                        : BcryptUtil.bcryptHash(request.ivrPin(), config.enrolment().pinHashCost());
        survivor.status = SurvivorStatus.ENROLLED;
        IdentifiedThrough through = request.identifiedThrough();
        if (through != null && !through.isEmpty()) {
            IdentifiedThrough recorded = identification.resolve(through, district.id);
            survivor.identifiedCollectiveId = recorded.collectiveId();
            survivor.identifiedPeerLeaderId = recorded.peerLeaderId();
        }
        survivor.persist();
        audit.record("ENROL", "survivor", survivor.id, null);
        Log.infof("Survivor %d enrolled in district %d", survivor.id, district.id);
        return new EnrolledSurvivor(survivor.id);
    }

    /** Her settings (never phone or PIN), audited as a read of survivor data. */
    @Transactional
    public SurvivorView get(long id) {
        Survivor survivor = requireVisible(id);
        audit.record("READ", "survivor", id, null);
        return SurvivorView.of(survivor);
    }

    /** Changes consent; fields left out keep their value. */
    @Transactional
    public SurvivorView changeConsent(long id, ConsentChange change) {
        if (change.isEmpty()) {
            throw new InvalidInputException("consent", "name at least one consent to change");
        }
        Survivor survivor = requireVisible(id);
        if (Boolean.TRUE.equals(change.ivr()) && survivor.ivrPinHash == null) {
            throw new InvalidInputException("ivr", "she needs an IVR PIN before phone calls");
        }
        ConsentSettings before = ConsentSettings.of(survivor);
        apply(
                survivor,
                new ConsentSettings(
                        orElse(change.sms(), before.sms()),
                        orElse(change.ivr(), before.ivr()),
                        orElse(change.webLink(), before.webLink()),
                        orElse(change.reporting(), before.reporting()),
                        orElse(change.results(), before.results())));
        ConsentSettings after = ConsentSettings.of(survivor);
        audit.record("CONSENT", "survivor", id, before + " -> " + after);
        // pending invitations on a withdrawn channel, and a pending results message when the
        // purpose is withdrawn, stop now, not only at their next send
        consentChanged.fire(new ConsentChanged(id));
        return SurvivorView.of(survivor);
    }

    /**
     * Marks her as having left the programme: her pending outreach stops, and her contact data is
     * purged once the retention time after her last open invitation has passed (SAFETY.md D3).
     * Exiting her again changes nothing and records nothing.
     */
    @Transactional
    public SurvivorView exit(long id) {
        Survivor survivor = requireVisible(id);
        if (survivor.status != SurvivorStatus.EXITED) {
            survivor.status = SurvivorStatus.EXITED;
            // the database keeps microseconds: the answer shows what a later read shows
            survivor.exitedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            audit.record("EXIT", "survivor", id, null);
            exited.fire(new SurvivorExited(id));
            Log.infof("Survivor %d exited the programme", id);
        }
        return SurvivorView.of(survivor);
    }

    /** The survivor if she exists within the caller's district, else 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Survivor requireVisible(long id) {
        Survivor survivor = Survivor.findById(id);
        if (survivor == null) {
            throw new NotFoundException("Survivor");
        }
        staff.requireVisible(survivor.district.id, "Survivor");
        return survivor;
    }

    private void apply(Survivor survivor, ConsentSettings consent) {
        survivor.consentSms = consent.sms();
        survivor.consentIvr = consent.ivr();
        survivor.consentWebLink = consent.webLink();
        survivor.consentReporting = consent.reporting();
        survivor.consentResults = consent.agreesToResults();
        survivor.consentChangedAt = clock.instant();
    }

    private static Boolean orElse(Boolean value, Boolean fallback) {
        return value == null ? fallback : value;
    }
}
