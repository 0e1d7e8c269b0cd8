package org.survivorvoice.security;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.web.WebConfig;

/**
 * Seals and opens the session cookie of the staff pages: AES-256-GCM over the user name and the
 * sign-in and last-seen times, so the browser holds its own session and any replica with the key
 * reads it, and a changed or forged cookie fails its tag. The cookie names no role or district: the
 * account is read again on every request ({@link StaffIdentityAugmentor}), so a deactivation, a
 * role change or a sign-out elsewhere takes effect at once.
 */
@ApplicationScoped
public class StaffSessions {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte VERSION = 1;
    private static final byte[] CONTEXT =
            "survivor-voice staff session".getBytes(StandardCharsets.UTF_8);
    private static final int MAX_COOKIE = 512;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final Duration idle;
    private final Duration max;
    private final boolean secure;
    private final Clock clock;

    @Inject
    public StaffSessions(SurvivorVoiceConfig config, WebConfig web, Clock clock) {
        this(
                keyBytes(config.login().sessionKey()),
                config.login().sessionIdle(),
                config.login().sessionMax(),
                web.secureCookies(),
                clock);
    }

    StaffSessions(byte[] key, Duration idle, Duration max, boolean secure, Clock clock) {
        this.key = new SecretKeySpec(key, "AES");
        this.idle = idle;
        this.max = max;
        this.secure = secure;
        this.clock = clock;
    }

    /** The cookie's name: with {@code __Host-} when cookies are Secure, so no subdomain sets it. */
    public String cookieName() {
        return secure ? "__Host-sv_session" : "sv_session";
    }

    /** Whether cookies carry {@code Secure}. */
    public boolean secureCookies() {
        return secure;
    }

    /** A new session of the user, sealed for its cookie. */
    public String open(String username) {
        Instant now = clock.instant();
        return seal(new StaffSession(username, now, now));
    }

    /** The session in a cookie's value, when the value is ours, intact and still open. */
    public Optional<StaffSession> read(String cookie) {
        if (cookie == null || cookie.isEmpty() || cookie.length() > MAX_COOKIE) {
            return Optional.empty();
        }
        Optional<StaffSession> session = unseal(cookie);
        Instant now = clock.instant();
        return session.filter(s -> s.openAt(now, idle, max));
    }

    /**
     * The session seen now, sealed again, when its cookie should be renewed (at most once a minute,
     * so a page with images does not reseal on every request); empty otherwise.
     */
    public Optional<String> renewed(StaffSession session) {
        Instant now = clock.instant();
        if (Duration.between(session.lastSeen(), now).toSeconds() < 60) {
            return Optional.empty();
        }
        return Optional.of(seal(session.seenAt(now)));
    }

    String seal(StaffSession session) {
        byte[] name = session.username().getBytes(StandardCharsets.UTF_8);
        ByteBuffer plain = ByteBuffer.allocate(1 + 8 + 8 + name.length);
        plain.put(VERSION)
                .putLong(session.issuedAt().toEpochMilli())
                .putLong(session.lastSeen().toEpochMilli())
                .put(name);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(CONTEXT);
            byte[] sealed = cipher.doFinal(plain.array());
            ByteBuffer out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    Optional<StaffSession> unseal(String cookie) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cookie);
            if (bytes.length < IV_BYTES + 17 + TAG_BITS / 8) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(CONTEXT);
            ByteBuffer plain =
                    ByteBuffer.wrap(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
            if (plain.get() != VERSION) {
                return Optional.empty();
            }
            Instant issued = Instant.ofEpochMilli(plain.getLong());
            Instant seen = Instant.ofEpochMilli(plain.getLong());
            byte[] name = new byte[plain.remaining()];
            plain.get(name);
            return Optional.of(
                    new StaffSession(new String(name, StandardCharsets.UTF_8), issued, seen));
        } catch (IllegalArgumentException | AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private static byte[] keyBytes(Optional<String> configured) {
        if (configured.isPresent()) {
            byte[] bytes = Base64.getDecoder().decode(configured.get().strip());
            if (bytes.length != 32) {
                throw new IllegalStateException(
                        "survivor-voice.login.session-key must be 32 bytes in base64");
            }
            return bytes;
        }
        Log.warn(
                "survivor-voice.login.session-key is not set: staff page sessions end on restart"
                        + " and are not shared between replicas");
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
