package org.survivorvoice.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.web.RequestWindows;

/**
 * Counts failed logins per user name and refuses further attempts for a while once too many failed
 * within the lock-out period with no success between (SAFETY A3), so staff passwords cannot be
 * guessed at the speed of bcrypt. The count lives in the database ({@link RequestWindows}), so
 * every replica refuses at the same total: with counts in memory, N replicas gave an attacker N
 * times the guesses.
 *
 * <p>Failures are counted in buckets of a tenth of the lock-out period and summed over the last
 * period, a sliding count to within a bucket (a failure is forgotten between one period and one
 * period plus a bucket after it), not one fixed window, which would let twice the allowed failures
 * through across a window's end.
 */
@ApplicationScoped
public class LoginThrottle {

    /** The purpose under which failures are counted. */
    static final String PURPOSE = "login";

    /** Failures on record for a user name, and how long she must wait (empty: she may try). */
    public record Standing(int failures, Optional<Duration> retryAfter) {}

    private final RequestWindows windows;
    private final SurvivorVoiceConfig config;
    private final Clock clock;

    public LoginThrottle(RequestWindows windows, SurvivorVoiceConfig config, Clock clock) {
        this.windows = windows;
        this.config = config;
        this.clock = clock;
    }

    /** How long the user must wait before trying again, or empty when she may try now. */
    public Optional<Duration> lockedFor(String username) {
        return standing(username).retryAfter();
    }

    /** The user name's failures within the lock-out period, and the wait they impose: one read. */
    public Standing standing(String username) {
        Instant now = clock.instant();
        Duration lockout = config.login().lockout();
        Duration bucket = bucket();
        List<RequestWindows.Window> recent =
                windows.since(PURPOSE, key(username), now.minus(lockout).minus(bucket));
        int total = recent.stream().mapToInt(RequestWindows.Window::hits).sum();
        int max = config.login().maxFailures();
        if (total < max) {
            return new Standing(total, Optional.empty());
        }
        // she may try again once enough of the oldest failures have left the lock-out period
        int left = total;
        Instant until = now;
        for (RequestWindows.Window window : recent) {
            left -= window.hits();
            if (left < max) {
                until = window.start().plus(bucket).plus(lockout);
                break;
            }
        }
        Duration wait = Duration.between(now, until);
        return new Standing(total, Optional.of(wait.isNegative() ? Duration.ZERO : wait));
    }

    /** Records a failed login. */
    public void failed(String username) {
        Duration bucket = bucket();
        windows.hit(PURPOSE, key(username), bucket, config.login().lockout().plus(bucket));
    }

    /** Forgets the failures after a successful login. */
    public void succeeded(String username) {
        windows.forget(PURPOSE, key(username));
    }

    /** The user name of an HTTP Basic header, or empty. */
    public static Optional<String> basicUsername(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(
                            Base64.getDecoder().decode(authorization.substring(6).trim()),
                            StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Duration bucket() {
        Duration tenth = config.login().lockout().dividedBy(10);
        return tenth.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : tenth;
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
