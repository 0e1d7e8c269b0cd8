package org.survivorvoice.staff;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.survivorvoice.common.web.PageHeaders;
import org.survivorvoice.common.web.SignInRedirect;
import org.survivorvoice.security.StaffSessions;
import org.survivorvoice.security.StaffSignInService;
import org.survivorvoice.security.StaffSignInService.Locked;
import org.survivorvoice.security.StaffSignInService.Outcome;
import org.survivorvoice.security.StaffSignInService.SignedIn;

/**
 * Signing in to the staff pages with the account's user name and password (the same accounts, roles
 * and login throttle as the API's HTTP Basic), and signing out, which ends the account's sessions.
 * After signing in, the browser goes back to the staff page that sent it here, or to its role's
 * start page.
 */
@Path("/")
@PermitAll
@StaffPage
public class LoginResource {

    private static final int MAX_USERNAME = 80;
    private static final int MAX_PASSWORD = 200;

    private final StaffSignInService signIn;
    private final StaffSessions sessions;
    private final StaffPages pages;
    private final SecurityIdentity identity;
    private final Template login;

    public LoginResource(
            StaffSignInService signIn,
            StaffSessions sessions,
            StaffPages pages,
            SecurityIdentity identity,
            @Location("staff/login.html") Template login) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.pages = pages;
        this.identity = identity;
        this.login = login;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Staff sign-in page (HTML)")
    public Response page(@QueryParam("next") String next, @QueryParam("signed-out") String out) {
        String message = out == null ? null : pages.text("login.signed-out");
        return form(200, "", next, message, "ok");
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Staff sign-in: 303 to the page asked for, or the form again (HTML)")
    @APIResponse(
            responseCode = "401",
            description = "Wrong user name or password: the form again",
            content = @Content(mediaType = MediaType.TEXT_HTML))
    public Response signIn(
            @RestForm String username, @RestForm String password, @RestForm String next) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()
                || password == null
                || password.isEmpty()
                || name.length() > MAX_USERNAME
                || password.length() > MAX_PASSWORD) {
            return form(422, name, next, pages.text("login.missing"), "errors");
        }
        Outcome outcome = signIn.signIn(name, password);
        if (outcome instanceof SignedIn signedIn) {
            String to = SignInRedirect.isReturnPath(next) ? next : "/staff";
            return Response.fromResponse(pages.seeOther(to))
                    .cookie(
                            PageHeaders.cookie(
                                    sessions.cookieName(),
                                    signedIn.session(),
                                    sessions.secureCookies(),
                                    true))
                    .build();
        }
        if (outcome instanceof Locked locked) {
            long minutes = Math.max(1, (locked.retryAfter().toSeconds() + 59) / 60);
            String text = pages.text("login.locked", Map.of("minutes", Long.toString(minutes)));
            return Response.fromResponse(form(429, name, next, text, "errors"))
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, locked.retryAfter().toSeconds()))
                    .build();
        }
        return form(401, name, next, pages.text("login.failed"), "errors");
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Staff sign-out: ends the account's sessions; 303 to the sign-in page")
    public Response signOut() {
        if (!identity.isAnonymous()) {
            signIn.endSessions(identity.getPrincipal().getName());
        }
        return Response.fromResponse(pages.seeOther("/login?signed-out=1"))
                .cookie(PageHeaders.expired(sessions.cookieName(), sessions.secureCookies()))
                .build();
    }

    private Response form(
            int status, String username, String next, String message, String messageClass) {
        return pages.html(
                status,
                pages.page(login, "login.title")
                        .data("username", username)
                        .data("next", SignInRedirect.isReturnPath(next) ? next : "")
                        .data("message", message)
                        .data("messageClass", messageClass));
    }
}
