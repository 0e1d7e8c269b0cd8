package org.survivorvoice.feedback.intake.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.survivorvoice.area.Area;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.invitation.Invitation;
import org.survivorvoice.outreach.invitation.InvitationToken;
import org.survivorvoice.outreach.invitation.InvitationTokenService;
import org.survivorvoice.outreach.invitation.Occasion;
import org.survivorvoice.testing.Fixtures;

/** Invitation links made for tests, as outreach makes them for the SMS it sends. */
@ApplicationScoped
public class InvitationLinks {

    /** A live link and what it is for. */
    public record Link(String token, long encounterId, String providerCode, String providerName) {}

    private final Fixtures fixtures;
    private final OutreachFixtures outreach;
    private final InvitationTokenService tokens;

    public InvitationLinks(
            Fixtures fixtures, OutreachFixtures outreach, InvitationTokenService tokens) {
        this.fixtures = fixtures;
        this.outreach = outreach;
        this.tokens = tokens;
    }

    /** A new survivor (language hi), an encounter with a new provider, its invitation and link. */
    public Link fresh(String providerName) {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "HOSPITAL", providerName);
        long survivor =
                outreach.survivor(
                        district.id, OutreachFixtures.phone(), OutreachFixtures.Consent.ALL);
        long encounter = outreach.encounter(survivor, code);
        outreach.invite(encounter, Occasion.LOGGED, Instant.now());
        long invitation = outreach.invitationId(encounter);
        String token =
                QuarkusTransaction.requiringNew()
                        .call(() -> tokens.issue(Invitation.findById(invitation)));
        return new Link(token, encounter, code, providerName);
    }

    /** Makes every link of the encounter's invitation expire. */
    public void expire(long encounterId) {
        long invitation = outreach.invitationId(encounterId);
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                InvitationToken.update(
                                        "expiresAt = ?1 where invitation.id = ?2",
                                        Instant.now().minusSeconds(60),
                                        invitation));
    }
}
