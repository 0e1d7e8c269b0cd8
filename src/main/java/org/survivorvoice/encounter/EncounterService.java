package org.survivorvoice.encounter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.outreach.invitation.InvitationState;
import org.survivorvoice.outreach.invitation.Invitations;
import org.survivorvoice.outreach.invitation.Occasion;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.security.AuditTrail;
import org.survivorvoice.security.StaffContext;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.survivor.SurvivorService;

/** Service encounters: who sought which service from which provider, and the outcome. */
@ApplicationScoped
public class EncounterService {

    private final SurvivorService survivors;
    private final ProviderService providers;
    private final StaffContext staff;
    private final AuditTrail audit;
    private final SurvivorVoiceConfig config;
    private final Clock clock;
    private final Invitations invitations;

    public EncounterService(
            SurvivorService survivors,
            ProviderService providers,
            StaffContext staff,
            AuditTrail audit,
            SurvivorVoiceConfig config,
            Clock clock,
            Invitations invitations) {
        this.survivors = survivors;
        this.providers = providers;
        this.staff = staff;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.invitations = invitations;
    }

    /** Logs an encounter between a survivor and a provider the caller may both touch. */
    @Transactional
    public EncounterView create(NewEncounter request) {
        Survivor survivor = survivors.requireVisible(request.survivorId());
        Provider provider = providers.requireVisible(request.providerCode());
        ServiceType type = ServiceType.findByCode(request.serviceType().strip());
        if (type == null) {
            throw new InvalidInputException("serviceType", "no such service type");
        }
        if (request.date().isAfter(LocalDate.now(clock.withZone(config.timeZone())))) {
            throw new InvalidInputException("date", "must not be in the future");
        }
        Encounter encounter = new Encounter();
        encounter.survivor = survivor;
        encounter.provider = provider;
        encounter.serviceType = type;
        encounter.district = provider.district;
        encounter.date = request.date();
        encounter.outcome = request.outcome();
        encounter.outcomeChangedAt = clock.instant();
        encounter.persist();
        audit.record("CREATE", "encounter", encounter.id, null);
        InvitationState invitation =
                invitations.inviteFor(encounter, Occasion.LOGGED, encounter.outcomeChangedAt);
        return EncounterView.of(encounter, invitation);
    }

    /** The encounter, audited as a read of survivor data. */
    @Transactional
    public EncounterView get(long id) {
        Encounter encounter = requireVisible(id);
        audit.record("READ", "encounter", id, null);
        return EncounterView.of(encounter, invitations.stateOf(id));
    }

    /** Records a new outcome. */
    @Transactional
    public EncounterView changeOutcome(long id, OutcomeChange change) {
        Encounter encounter = requireVisible(id);
        if (encounter.outcome != change.outcome()) {
            audit.record("OUTCOME", "encounter", id, encounter.outcome + " -> " + change.outcome());
            encounter.outcome = change.outcome();
            encounter.outcomeChangedAt = clock.instant();
            Occasion occasion = Occasion.ofOutcome(change.outcome());
            if (occasion != null) {
                invitations.inviteFor(encounter, occasion, encounter.outcomeChangedAt);
            }
        }
        return EncounterView.of(encounter, invitations.stateOf(id));
    }

    /** The encounter if it exists within the caller's district, else 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Encounter requireVisible(long id) {
        Encounter encounter = Encounter.findById(id);
        if (encounter == null) {
            throw new NotFoundException("Encounter");
        }
        staff.requireVisible(encounter.district.id, "Encounter");
        return encounter;
    }
}
