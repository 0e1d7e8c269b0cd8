package org.survivorvoice.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.survivorvoice.common.web.SignInRedirect;

/**
 * Signs in a browser of the staff pages from its sealed session cookie ({@link StaffSessions}), and
 * sends a browser that is not signed in to {@code /login} (back to the page afterwards). Scripts
 * keep HTTP Basic: without the cookie this mechanism steps aside, and outside the pages its
 * challenge is Basic's 401.
 */
@ApplicationScoped
public class StaffSessionMechanism implements HttpAuthenticationMechanism {

    /** Attribute of the authentication request: when the session was opened (an Instant). */
    public static final String ISSUED_AT = "survivor-voice.session-issued-at";

    private final StaffSessions sessions;

    public StaffSessionMechanism(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie cookie = context.request().getCookie(sessions.cookieName());
        Optional<StaffSession> session =
                cookie == null ? Optional.empty() : sessions.read(cookie.getValue());
        if (session.isEmpty()) {
            return Uni.createFrom().optional(Optional.empty());
        }
        TrustedAuthenticationRequest request =
                new TrustedAuthenticationRequest(session.get().username());
        request.setAttribute(ISSUED_AT, session.get().issuedAt());
        sessions.renewed(session.get()).ifPresent(value -> renewOnAnswer(context, value));
        return identityProviderManager.authenticate(request);
    }

    /** Sets the renewed cookie with the answer, unless the answer sets it itself (sign-out). */
    private void renewOnAnswer(RoutingContext context, String value) {
        context.addHeadersEndHandler(
                ignored -> {
                    String name = sessions.cookieName() + "=";
                    boolean set =
                            context.response().headers().getAll(HttpHeaders.SET_COOKIE).stream()
                                    .anyMatch(h -> h.startsWith(name));
                    if (!set && context.response().getStatusCode() < 400) {
                        context.response()
                                .headers()
                                .add(
                                        HttpHeaders.SET_COOKIE,
                                        Cookie.cookie(sessions.cookieName(), value)
                                                .setPath("/")
                                                .setHttpOnly(true)
                                                .setSecure(sessions.secureCookies())
                                                .setSameSite(CookieSameSite.STRICT)
                                                .encode());
                    }
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        Optional<String> location =
                SignInRedirect.forRequest(
                        context.normalizedPath(), context.request().method() == HttpMethod.GET);
        return location.isEmpty()
                ? Uni.createFrom().nullItem()
                : Uni.createFrom()
                        .item(new ChallengeData(302, HttpHeaders.LOCATION, location.get()));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TrustedAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom()
                .item(
                        new HttpCredentialTransport(
                                HttpCredentialTransport.Type.COOKIE, sessions.cookieName()));
    }

    /** Ahead of HTTP Basic, whose challenge then answers everything but the pages. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 2000;
    }
}
