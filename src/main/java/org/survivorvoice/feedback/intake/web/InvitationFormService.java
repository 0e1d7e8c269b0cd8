package org.survivorvoice.feedback.intake.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.web.RequestWindows;
import org.survivorvoice.common.web.WebConfig;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.feedback.FeedbackService;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.feedback.RatingReceipt;
import org.survivorvoice.feedback.RatingSubmission;
import org.survivorvoice.outreach.invitation.InvitationTokenService;
import org.survivorvoice.outreach.invitation.TokenGrant;
import org.survivorvoice.provider.Provider;

/**
 * The invitation links' side of the web form: what a live link opens, and its rating stored
 * verified, tied to the encounter, in the transaction that uses up the link (so a refused rating
 * leaves it usable, and of two tabs sending at once exactly one counts). A used, expired or unknown
 * link, and one whose encounter was already rated through another channel, all look the same:
 * empty.
 */
@ApplicationScoped
public class InvitationFormService {

    private final InvitationTokenService tokens;
    private final FeedbackService feedback;
    private final WebConfig config;
    private final Clock clock;
    private final RequestWindows windows;

    /** The purpose under which requests are counted per invitation link. */
    static final String PER_LINK = "page-link";

    public InvitationFormService(
            InvitationTokenService tokens,
            FeedbackService feedback,
            WebConfig config,
            Clock clock,
            RequestWindows windows) {
        this.tokens = tokens;
        this.feedback = feedback;
        this.config = config;
        this.clock = clock;
        this.windows = windows;
    }

    /** What a live link shows: its provider's code and name, and the survivor's language. */
    public record OpenInvitation(
            String providerCode, String providerName, SurvivorLanguage language) {}

    /**
     * Counts a request of the link, on every replica alike; false once it has had its allowance in
     * this window. The link is stored only as a keyed hash.
     */
    public boolean allow(String token) {
        return windows.allow(
                PER_LINK, String.valueOf(token), config.maxRequestsPerToken(), config.rateWindow());
    }

    /** Seconds until the link's window ends (the Retry-After of a refusal). */
    public long secondsLeft(String token) {
        return windows.secondsLeft(config.rateWindow());
    }

    /** What the link opens, without using it up; empty for a link that cannot be used. */
    @Transactional
    public Optional<OpenInvitation> open(String token) {
        return tokens.lookup(token, clock.instant())
                .filter(grant -> !Rating.existsForEncounter(grant.encounterId()))
                .map(
                        grant ->
                                new OpenInvitation(
                                        grant.providerCode(),
                                        Provider.findByCode(grant.providerCode()).name,
                                        SurvivorLanguage.fromCodeOrEnglish(grant.language())));
    }

    /**
     * Uses the link and stores its rating (channel WEB, verified); empty, with nothing stored and
     * the link unchanged, when the link cannot be used or its encounter is already rated.
     */
    public Optional<RatingReceipt> submit(
            String token, RatingForm form, SurvivorLanguage language) {
        try {
            // one transaction: the link is used up only if the rating is stored
            return QuarkusTransaction.requiringNew().call(() -> rate(token, form, language));
        } catch (DomainException e) {
            // e.g. the encounter was rated by SMS meanwhile: rolled back, same neutral answer
            return Optional.empty();
        }
    }

    private Optional<RatingReceipt> rate(String token, RatingForm form, SurvivorLanguage language) {
        Optional<TokenGrant> grant = tokens.consume(token, clock.instant());
        if (grant.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                feedback.submit(
                        RatingSubmission.ofEncounter(
                                        grant.get().encounterId(),
                                        grant.get().survivorId(),
                                        Channel.WEB,
                                        language.code(),
                                        RatingAnswers.of(form.answers(), form.moneyAsked()))
                                .withComment(form.comment())));
    }
}
