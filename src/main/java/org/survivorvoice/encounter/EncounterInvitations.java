package org.survivorvoice.encounter;

import java.util.Optional;
import org.survivorvoice.encounter.EncounterView.InvitationSummary;

/**
 * How she is asked to rate an encounter, as the encounter's answer shows it; answered by outreach,
 * which owns invitations and creates them when it observes {@link EncounterLogged} and {@link
 * EncounterOutcomeChanged}. Declared here so encounters do not depend on outreach, which depends on
 * encounters.
 */
public interface EncounterInvitations {

    /** The encounter's latest invitation, empty when it has none. */
    Optional<InvitationSummary> latestOf(long encounterId);
}
