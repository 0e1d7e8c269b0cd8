package org.survivorvoice.safetydesk;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Instant;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffIdentityAugmentor;
import org.survivorvoice.testing.MovableClockProducer;

/**
 * Moves safety cases at a chosen instant as a district's field worker, through {@link
 * SafetyCaseService#update} (tests of the MIS run with {@code MovableClockProfile}, so the case is
 * dated by the moved clock).
 */
@ApplicationScoped
public class CaseMoves {

    @Inject SafetyCaseService cases;
    @Inject CurrentIdentityAssociation identities;

    /** Marks the case CONTACTED at the instant. */
    public void contact(String worker, long district, long id, Instant at) {
        asFieldWorker(worker, district, id, new CaseUpdate(CaseStatus.CONTACTED, null, null), at);
    }

    /** Closes the case with the outcome at the instant. */
    public void close(String worker, long district, long id, CaseOutcome outcome, Instant at) {
        asFieldWorker(worker, district, id, new CaseUpdate(CaseStatus.CLOSED, outcome, null), at);
    }

    /** {@link SafetyCaseService#update} at the instant, as the district's field worker. */
    @ActivateRequestContext
    public void asFieldWorker(
            String worker, long district, long id, CaseUpdate update, Instant at) {
        MovableClockProducer.CLOCK.set(at);
        identities.setIdentity(
                QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(worker))
                        .addRole(Roles.FIELDWORKER)
                        .addAttribute(StaffIdentityAugmentor.DISTRICT, district)
                        .build());
        cases.update(id, update);
    }
}
