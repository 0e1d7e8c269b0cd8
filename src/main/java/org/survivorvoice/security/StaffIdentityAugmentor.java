package org.survivorvoice.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/**
 * Completes a staff identity after its password or session matched: refuses deactivated accounts
 * and sessions opened before the account's sessions were ended, and attaches the account's role and
 * the district it is bound to (which {@link StaffContext} uses for scoping) as the account row has
 * them now, so a change takes effect on the very next request even when the password check itself
 * came from {@link VerifiedPasswordCache}.
 */
@ApplicationScoped
public class StaffIdentityAugmentor implements SecurityIdentityAugmentor {

    /** Identity attribute holding the bound district id (a Long), absent when unbound. */
    public static final String DISTRICT = "survivor-voice.district";

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity,
            AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Instant sessionIssued = (Instant) attributes.get(StaffSessionMechanism.ISSUED_AT);
        return context.runBlocking(() -> complete(identity, sessionIssued));
    }

    /**
     * The identity with its district, after checking the account is active and, for a session of
     * the staff pages, that the session was opened after the account's sessions were last ended.
     */
    @ActivateRequestContext
    @Transactional
    SecurityIdentity complete(SecurityIdentity identity, Instant sessionIssued) {
        StaffUser user = StaffUser.findByUsername(identity.getPrincipal().getName());
        if (user == null || !user.active) {
            throw new AuthenticationFailedException("account inactive");
        }
        if (sessionIssued != null
                && user.sessionsValidAfter != null
                && sessionIssued.isBefore(user.sessionsValidAfter)) {
            throw new AuthenticationFailedException("session ended");
        }
        // not builder(identity): the roles of a remembered password check may be minutes old
        QuarkusSecurityIdentity.Builder builder =
                QuarkusSecurityIdentity.builder()
                        .setPrincipal(identity.getPrincipal())
                        .addCredentials(identity.getCredentials())
                        .addAttributes(identity.getAttributes())
                        .addRole(user.role);
        if (user.districtId != null) {
            builder.addAttribute(DISTRICT, user.districtId);
        }
        return builder.build();
    }
}
