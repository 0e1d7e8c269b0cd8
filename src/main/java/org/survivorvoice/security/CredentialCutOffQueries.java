package org.survivorvoice.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * An account's credentials as stored now: its password hash, and when its credentials were last
 * changed or its sessions ended (sign-out, password reset, deactivation). A password checked or a
 * session opened before that cut-off, or checked against another hash, no longer counts, on any
 * replica.
 */
@ApplicationScoped
public class CredentialCutOffQueries {

    /** The account's stored password hash and cut-off (null when it has none). */
    public record StoredCredentials(String passwordHash, Instant cutOff) {}

    /** The account's cut-off, empty when it has none (or there is no such account). */
    @ActivateRequestContext
    @Transactional
    public Optional<Instant> cutOff(String username) {
        return current(username).map(StoredCredentials::cutOff);
    }

    /** The account's credentials as stored now; empty when there is no such account. */
    @ActivateRequestContext
    @Transactional
    public Optional<StoredCredentials> current(String username) {
        StaffUser user = StaffUser.findByUsername(username);
        return user == null
                ? Optional.empty()
                : Optional.of(new StoredCredentials(user.passwordHash, user.sessionsValidAfter));
    }
}
