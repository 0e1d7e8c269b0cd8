package org.survivorvoice.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.survivorvoice.common.config.SurvivorVoiceConfig;

/**
 * Counts failed logins per user name and refuses further attempts for a while once too many failed
 * within the lock-out period with no success between (SAFETY A3), so staff passwords cannot be
 * guessed at the speed of bcrypt. The count lives in this instance's memory: with several replicas
 * an attacker gets that many more tries, still far too few to matter.
 *
 * <p>A sliding count (each failure is forgotten a lock-out period after it happened), not {@code
 * RequestWindows}' fixed windows, which would let twice the allowed failures through across a
 * window's end.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final SurvivorVoiceConfig config;
    private final Clock clock;

    public LoginThrottle(SurvivorVoiceConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** How long the user must wait before trying again, or empty when she may try now. */
    public Optional<Duration> lockedFor(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            prune(recent);
            if (recent.size() < config.login().maxFailures()) {
                return Optional.empty();
            }
            Instant until = recent.peekFirst().plus(config.login().lockout());
            return Optional.of(Duration.between(clock.instant(), until));
        }
    }

    /** Records a failed login. */
    public void failed(String username) {
        if (failures.size() > MAX_TRACKED) {
            // guessing many user names must not grow memory without bound
            failures.values().removeIf(this::stale);
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    /** Forgets the failures after a successful login. */
    public void succeeded(String username) {
        failures.remove(key(username));
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

    private boolean stale(Deque<Instant> recent) {
        synchronized (recent) {
            prune(recent);
            return recent.isEmpty();
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(config.login().lockout());
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
