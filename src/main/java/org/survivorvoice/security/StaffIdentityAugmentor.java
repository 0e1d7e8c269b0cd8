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

/**
 * Completes a staff identity after its password matched: refuses deactivated accounts and attaches
 * the district the account is bound to, which {@link StaffContext} uses for scoping.
 */
@ApplicationScoped
public class StaffIdentityAugmentor implements SecurityIdentityAugmentor {

    /** Identity attribute holding the bound district id (a Long), absent when unbound. */
    public static final String DISTRICT = "survivor-voice.district";

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> complete(identity));
    }

    @ActivateRequestContext
    @Transactional
    SecurityIdentity complete(SecurityIdentity identity) {
        StaffUser user = StaffUser.findByUsername(identity.getPrincipal().getName());
        if (user == null || !user.active) {
            throw new AuthenticationFailedException("account inactive");
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        if (user.districtId != null) {
            builder.addAttribute(DISTRICT, user.districtId);
        }
        return builder.build();
    }
}
