package org.survivorvoice.security;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Signing in to and out of the staff pages: the same accounts, password check and login throttle
 * (SAFETY A3) as HTTP Basic, then a sealed session cookie ({@link StaffSessions}). Signing out ends
 * every session of the account, on every device, since a session lives in its cookie.
 */
@ApplicationScoped
public class StaffSignInService {

    /** How a sign-in ended: a session's cookie value, or why not. */
    public sealed interface Outcome {}

    /** Signed in: the sealed session for the cookie. */
    public record SignedIn(String username, String session) implements Outcome {}

    /** Wrong user name or password, or an inactive account (the same answer for each). */
    public record Refused() implements Outcome {}

    /** Too many wrong passwords for the user name: wait before trying again. */
    public record Locked(Duration retryAfter) implements Outcome {}

    private final IdentityProviderManager identities;
    private final LoginThrottle throttle;
    private final StaffSessions sessions;
    private final Clock clock;

    public StaffSignInService(
            IdentityProviderManager identities,
            LoginThrottle throttle,
            StaffSessions sessions,
            Clock clock) {
        this.identities = identities;
        this.throttle = throttle;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Checks the password (throttled) and opens a session. Blocks: call from a worker thread. */
    public Outcome signIn(String username, String password) {
        Optional<Duration> wait = throttle.lockedFor(username);
        if (wait.isPresent()) {
            return new Locked(wait.get());
        }
        try {
            identities.authenticateBlocking(
                    new UsernamePasswordAuthenticationRequest(
                            username, new PasswordCredential(password.toCharArray())));
        } catch (AuthenticationFailedException e) {
            throttle.failed(username);
            Log.info("Security event: a staff page sign-in was refused");
            return new Refused();
        }
        throttle.succeeded(username);
        return new SignedIn(username, sessions.open(username));
    }

    /** Ends every session of the account: its cookies are refused from now on. */
    @Transactional
    public void endSessions(String username) {
        StaffUser user = StaffUser.findByUsername(username);
        if (user != null) {
            user.sessionsValidAfter = clock.instant();
        }
    }
}
