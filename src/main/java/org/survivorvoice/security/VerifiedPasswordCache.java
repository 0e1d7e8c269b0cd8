package org.survivorvoice.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.survivorvoice.common.config.SurvivorVoiceConfig;

/**
 * Remembers, for a few minutes, that a user name and password pair passed the bcrypt check, so HTTP
 * Basic does not pay bcrypt on every request: at cost 10 that is about 70 ms, measured as the
 * difference between scores API p95 of 97 ms and 22 ms (ScoringBenchmark). Only a keyed HMAC of the
 * pair is kept, under a random key that never leaves this instance's memory. A hit counts only
 * while the account's stored password hash is the one the password was checked against and no
 * credential cut-off ({@link CredentialCutOffQueries}) came after the check: one indexed read, so a
 * password changed by any route, on any replica, fails on the very next request. Deactivation, role
 * and district take effect on the next request too, because {@link StaffIdentityAugmentor} reads
 * the account every time. A wrong password never hits the cache and is checked (and throttled) as
 * before; a reset on this instance also {@linkplain #evict evicts} the entry.
 */
@ApplicationScoped
public class VerifiedPasswordCache
        implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * Counts evictions, so a bcrypt check that began against the old password hash before an
     * eviction does not put the old password back when it ends after it.
     */
    private final AtomicLong evictions = new AtomicLong();

    private final Instance<IdentityProvider<?>> providers;
    private final CredentialCutOffQueries cutOffs;
    private final SurvivorVoiceConfig config;
    private final Clock clock;
    private final SecretKeySpec key;
    private volatile IdentityProvider<UsernamePasswordAuthenticationRequest> database;

    public VerifiedPasswordCache(
            @Any Instance<IdentityProvider<?>> providers,
            CredentialCutOffQueries cutOffs,
            SurvivorVoiceConfig config,
            Clock clock) {
        this.providers = providers;
        this.cutOffs = cutOffs;
        this.config = config;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    private record Entry(
            byte[] digest,
            SecurityIdentity identity,
            String passwordHash,
            Instant verifiedAt,
            Instant expires) {}

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Ahead of the database provider, which it calls on a miss. */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getUsername();
        byte[] digest = digest(username, request.getPassword().getPassword());
        Instant now = clock.instant();
        Entry hit = entries.get(username);
        if (hit != null
                && now.isBefore(hit.expires())
                && MessageDigest.isEqual(hit.digest(), digest)) {
            // a changed hash, or a reset or sign-out on another replica (a cut-off in the
            // database):
            // the password is checked again (an indexed read instead of a 70 ms bcrypt)
            return context.runBlocking(() -> stillValid(hit) ? hit.identity() : null)
                    .onItem()
                    .ifNull()
                    .switchTo(() -> verify(request, context, username, digest, now));
        }
        return verify(request, context, username, digest, now);
    }

    /**
     * Whether the account still has the password hash the entry was checked against, and the entry
     * was verified after the account's cut-off, if it has one.
     */
    private boolean stillValid(Entry hit) {
        Optional<CredentialCutOffQueries.StoredCredentials> stored =
                cutOffs.current(hit.identity().getPrincipal().getName());
        if (stored.isEmpty() || !stored.get().passwordHash().equals(hit.passwordHash())) {
            return false;
        }
        Instant cut = stored.get().cutOff();
        return cut == null || !hit.verifiedAt().isBefore(cut);
    }

    private Uni<SecurityIdentity> verify(
            UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context,
            String username,
            byte[] digest,
            Instant now) {
        long generation = evictions.get();
        // the hash is read before the check: if it changes between, the entry names the old hash
        // and its next hit is checked again
        return Uni.createFrom()
                .item(
                        () ->
                                cutOffs.current(username)
                                        .map(
                                                CredentialCutOffQueries.StoredCredentials
                                                        ::passwordHash)
                                        .orElse(null))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(
                        hash ->
                                database()
                                        .authenticate(request, context)
                                        .invoke(
                                                identity ->
                                                        remember(
                                                                username,
                                                                digest,
                                                                identity,
                                                                hash,
                                                                now,
                                                                generation)));
    }

    private void remember(
            String username,
            byte[] digest,
            SecurityIdentity identity,
            String passwordHash,
            Instant now,
            long generation) {
        if (identity == null || passwordHash == null || config.login().passwordCache().isZero()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
        }
        entries.put(
                username,
                new Entry(
                        digest,
                        identity,
                        passwordHash,
                        now,
                        now.plus(config.login().passwordCache())));
        if (evictions.get() != generation) {
            // an account changed while this password was checked against the stored hash
            entries.remove(username);
        }
    }

    /**
     * Forgets every remembered password of the user, so a password reset or deactivation takes
     * effect on her next request rather than when the entry expires. User names are compared
     * without case, as the database's collation finds the account whatever the case typed.
     */
    public void evict(String username) {
        evictions.incrementAndGet();
        entries.keySet().removeIf(cached -> cached.equalsIgnoreCase(username));
    }

    /** An account's password or state changed and was committed: forget what was verified. */
    void onCredentialsChanged(
            @Observes(during = TransactionPhase.AFTER_COMPLETION) StaffCredentialsChanged event) {
        evict(event.username());
    }

    @SuppressWarnings("unchecked")
    private IdentityProvider<UsernamePasswordAuthenticationRequest> database() {
        if (database == null) {
            for (IdentityProvider<?> provider : providers) {
                if (provider instanceof JpaIdentityProvider) {
                    database = (IdentityProvider<UsernamePasswordAuthenticationRequest>) provider;
                }
            }
            if (database == null) {
                throw new IllegalStateException("No database identity provider");
            }
        }
        return database;
    }

    private byte[] digest(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }
}
