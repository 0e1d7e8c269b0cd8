package org.survivorvoice.outreach.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Single-use link tokens of invitations ({@code /r/{token}}). A token is 144 random bits, Base64url
 * (24 characters); only its SHA-256 is stored, which suffices for a random secret of that size
 * (there is nothing to search exhaustively, unlike a phone number). A token is live while unused,
 * unexpired and its invitation open; using one uses every token of the invitation. Used, expired
 * and unknown tokens are indistinguishable to callers: all give an empty answer.
 */
@ApplicationScoped
public class InvitationTokenService {

    private static final int TOKEN_BYTES = 18;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{24}");

    private final SecureRandom random = new SecureRandom();

    /**
     * A new token for the invitation, valid until the invitation expires. The returned token exists
     * only in memory: put it in the message and forget it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(Invitation invitation) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        InvitationToken row = new InvitationToken();
        row.invitation = invitation;
        row.tokenHash = hash(token);
        row.expiresAt = invitation.expiresAt;
        row.persist();
        return token;
    }

    /** What a live token opens, without using it (to show the form); empty otherwise. */
    @Transactional
    public Optional<TokenGrant> lookup(String token, Instant now) {
        return live(token, now).map(row -> TokenGrant.of(row.invitation));
    }

    /**
     * Uses a live token: it and every other token of its invitation stop working, and the
     * invitation counts as answered. Call it in the transaction that stores the rating, so a failed
     * rating leaves the token usable. Of two concurrent uses exactly one succeeds: the row is
     * locked for the check.
     */
    @Transactional
    public Optional<TokenGrant> consume(String token, Instant now) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        InvitationToken row =
                InvitationToken.find("tokenHash", (Object) hash(token))
                        .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                        .firstResult();
        if (!isLive(row, now)) {
            return Optional.empty();
        }
        InvitationToken.update(
                "usedAt = ?1 where invitation = ?2 and usedAt is null", now, row.invitation);
        row.invitation.close(InvitationStatus.ANSWERED, null);
        return Optional.of(TokenGrant.of(row.invitation));
    }

    private Optional<InvitationToken> live(String token, Instant now) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        InvitationToken row = InvitationToken.find("tokenHash", (Object) hash(token)).firstResult();
        return isLive(row, now) ? Optional.of(row) : Optional.empty();
    }

    private static boolean isLive(InvitationToken row, Instant now) {
        return row != null
                && row.usedAt == null
                && now.isBefore(row.expiresAt)
                && row.invitation.isOpen();
    }

    /** SHA-256 of the token's text. */
    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
