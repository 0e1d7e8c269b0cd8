package org.survivorvoice.encounter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.security.AuditService;
import org.survivorvoice.security.StaffContext;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.survivor.SurvivorService;

/**
 * Service encounters: who sought which service from which provider, and the outcome. Logging one
 * and changing its outcome are announced ({@link EncounterLogged}, {@link EncounterOutcomeChanged})
 * for outreach, whose invitations the answers show.
 */
@ApplicationScoped
public class EncounterService {

    private final SurvivorService survivors;
    private final ProviderService providers;
    private final StaffContext staff;
    private final AuditService audit;
    private final SurvivorVoiceConfig config;
    private final Clock clock;
    private final EncounterInvitations invitations;
    private final Event<EncounterLogged> logged;
    private final Event<EncounterOutcomeChanged> outcomeChanged;

    public EncounterService(
            SurvivorService survivors,
            ProviderService providers,
            StaffContext staff,
            AuditService audit,
            SurvivorVoiceConfig config,
            Clock clock,
            EncounterInvitations invitations,
            Event<EncounterLogged> logged,
            Event<EncounterOutcomeChanged> outcomeChanged) {
        this.survivors = survivors;
        this.providers = providers;
        this.staff = staff;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.invitations = invitations;
        this.logged = logged;
        this.outcomeChanged = outcomeChanged;
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
        logged.fire(new EncounterLogged(encounter));
        return view(encounter);
    }

    /** The encounter, audited as a read of survivor data. */
    @Transactional
    public EncounterView get(long id) {
        Encounter encounter = requireVisible(id);
        audit.record("READ", "encounter", id, null);
        return view(encounter);
    }

    /** Records a new outcome. */
    @Transactional
    public EncounterView changeOutcome(long id, OutcomeChange change) {
        Encounter encounter = requireVisible(id);
        if (encounter.outcome != change.outcome()) {
            audit.record("OUTCOME", "encounter", id, encounter.outcome + " -> " + change.outcome());
            encounter.outcome = change.outcome();
            encounter.outcomeChangedAt = clock.instant();
            outcomeChanged.fire(new EncounterOutcomeChanged(encounter));
        }
        return view(encounter);
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

    private EncounterView view(Encounter encounter) {
        return EncounterView.of(encounter, invitations.latestOf(encounter.id).orElse(null));
    }
}
