package org.survivorvoice.feedback.intake.web;

import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.web.ClientAddress;
import org.survivorvoice.common.web.CsrfToken;
import org.survivorvoice.common.web.LanguageChoice;
import org.survivorvoice.common.web.LoggablePath;
import org.survivorvoice.common.web.PageHeaders;
import org.survivorvoice.common.web.RequestWindows;
import org.survivorvoice.common.web.WebConfig;
import org.survivorvoice.feedback.intake.FormBody;

/**
 * Guards every {@link SurvivorPage}: picks the page's language, limits requests per client address
 * ({@link ClientAddress}: a forwarded address only from a trusted proxy), counted across replicas
 * in the database (429 page), and refuses a POST whose body is malformed (400 page) or whose {@code
 * csrf} field does not repeat the CSRF cookie (403 page), before the endpoint runs, so nothing is
 * stored. Every answer, refusals included, carries the safety headers of SAFETY D5. Refusals are
 * logged with the path and reason only, never a field.
 */
@ApplicationScoped
@Provider
@SurvivorPage
@Priority(Priorities.AUTHENTICATION + 10)
public class SurvivorPageFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final WebConfig config;
    private final SurvivorVisit visit;
    private final SurvivorPages pages;
    private final ClientAddress client;
    private final RequestWindows windows;

    /** The purpose under which requests are counted per client address. */
    static final String PER_ADDRESS = "page-address";

    public SurvivorPageFilter(
            WebConfig config,
            SurvivorVisit visit,
            SurvivorPages pages,
            ClientAddress client,
            RequestWindows windows) {
        this.config = config;
        this.visit = visit;
        this.pages = pages;
        this.client = client;
        this.windows = windows;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = LoggablePath.of(request.getUriInfo().getPath());
        Map<String, Cookie> cookies = request.getCookies();
        LanguageChoice language =
                LanguageChoice.of(
                        request.getUriInfo().getQueryParameters().getFirst(LanguageChoice.PARAM),
                        value(cookies.get(LanguageChoice.COOKIE)),
                        request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        visit.language(language);
        String sent = value(cookies.get(CsrfToken.cookieName(config.secureCookies())));
        if (CsrfToken.wellFormed(sent)) {
            visit.sentCsrfToken(sent);
        }
        // a POST's language is in its form, so the body is read (bounded) before anything answers
        boolean post = HttpMethod.POST.equals(request.getMethod());
        Optional<byte[]> body = post ? FormBody.read(request.getEntityStream()) : Optional.empty();
        Optional<Map<String, String>> form =
                body.isPresent()
                                && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(
                                        request.getMediaType())
                        ? FormBody.parse(body.get())
                        : Optional.empty();
        form.map(f -> f.get(LanguageChoice.PARAM))
                .flatMap(SurvivorLanguage::fromCode)
                .ifPresent(l -> visit.language(l, true));
        if (!windows.allow(
                PER_ADDRESS, client.current(), config.maxRequestsPerIp(), config.rateWindow())) {
            Log.warnf("Survivor page %s refused: too many requests from one address", path);
            request.abortWith(
                    withRetryAfter(
                            notice(429, "web.too-many.title", "web.too-many", path),
                            windows.secondsLeft(config.rateWindow())));
            return;
        }
        if (!post) {
            return;
        }
        if (form.isEmpty()) {
            Log.warnf("Survivor page %s refused: malformed form", path);
            request.abortWith(notice(400, "web.bad-request.title", "web.bad-request", path));
            return;
        }
        if (!CsrfToken.matches(sent, form.get().get(CsrfToken.FIELD))) {
            Log.warnf(
                    "Security event: survivor page %s refused (CSRF token missing or wrong)", path);
            request.abortWith(notice(403, "web.expired.title", "web.expired", path));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body.get()));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        PageHeaders.apply(
                response.getHeaders(),
                config.secureCookies(),
                visit.csrfIssued() ? visit.csrfToken() : null,
                visit.languageChosen() ? visit.language().code() : null);
    }

    private Response notice(int status, String titleKey, String textKey, String path) {
        return pages.notice(
                status, visit.language(), titleKey, textKey, "/" + path.replaceFirst("^/", ""));
    }

    private static Response withRetryAfter(Response response, long seconds) {
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    private static String value(Cookie cookie) {
        return cookie == null ? null : cookie.getValue();
    }
}
