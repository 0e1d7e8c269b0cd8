package org.survivorvoice.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * When an account's credentials were last changed or its sessions ended (sign-out, password reset,
 * deactivation): a password checked or a session opened before then no longer counts, on any
 * replica.
 */
@ApplicationScoped
public class CredentialCutOffQueries {

    /** The account's cut-off, empty when it has none (or there is no such account). */
    @ActivateRequestContext
    @Transactional
    public Optional<Instant> cutOff(String username) {
        StaffUser user = StaffUser.findByUsername(username);
        return user == null ? Optional.empty() : Optional.ofNullable(user.sessionsValidAfter);
    }
}
