package org.survivorvoice.feedback.intake.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The single-use invitation link {@code /r/<token>}: the questions about the encounter's provider
 * in the survivor's language, stored verified and tied to the encounter. A used, expired or unknown
 * link gets the same neutral 404 page, so links cannot be probed; each link is also rate-limited on
 * its own. The thanks page is the open form's, so the token does not linger in the history.
 */
@Path("/r/{token}")
@PermitAll
@SurvivorPage
public class InvitationFormResource {

    private final InvitationFormService invitations;
    private final SurvivorPages pages;
    private final SurvivorVisit visit;

    public InvitationFormResource(
            InvitationFormService invitations, SurvivorPages pages, SurvivorVisit visit) {
        this.invitations = invitations;
        this.pages = pages;
        this.visit = visit;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Invitation form (HTML); a used, expired or unknown link: neutral 404")
    public Response form(@PathParam("token") String token) {
        if (!invitations.allow(token)) {
            return tooMany(token);
        }
        return invitations
                .open(token)
                .map(open -> questions(token, open, null, Map.of()))
                .orElseGet(this::unavailable);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Invitation form: the answers (HTML, CSRF token required)")
    public Response submit(
            @PathParam("token") String token, MultivaluedMap<String, String> fields) {
        if (!invitations.allow(token)) {
            return tooMany(token);
        }
        Optional<RatingForm> form = RatingForm.read(fields);
        if (form.isEmpty() || form.get().step() != RatingForm.Step.ANSWERS) {
            return pages.notice(
                    400,
                    visit.language(),
                    "web.bad-request.title",
                    "web.bad-request",
                    "/r/" + token);
        }
        Map<String, String> errors = form.get().answerErrors();
        if (!errors.isEmpty()) {
            return invitations
                    .open(token)
                    .map(open -> questions(token, open, form.get(), errors))
                    .orElseGet(this::unavailable);
        }
        if (invitations.submit(token, form.get(), visit.language()).isEmpty()) {
            return unavailable();
        }
        return Response.seeOther(URI.create("/rate/thanks?lang=" + visit.language().code()))
                .build();
    }

    private Response questions(
            String token,
            InvitationFormService.OpenInvitation open,
            RatingForm kept,
            Map<String, String> errors) {
        visit.languageInsteadOfGuess(open.language());
        return pages.invitationQuestions(
                "/r/" + token,
                visit.language(),
                visit.csrfToken(),
                open.providerCode(),
                open.providerName(),
                kept,
                errors);
    }

    private Response unavailable() {
        return pages.notice(
                404,
                visit.language(),
                "web.link-unavailable.title",
                "web.link-unavailable",
                "/rate");
    }

    private Response tooMany(String token) {
        return Response.fromResponse(
                        pages.notice(
                                429,
                                visit.language(),
                                "web.too-many.title",
                                "web.too-many",
                                "/rate"))
                .header(HttpHeaders.RETRY_AFTER, invitations.secondsLeft(token))
                .build();
    }
}
