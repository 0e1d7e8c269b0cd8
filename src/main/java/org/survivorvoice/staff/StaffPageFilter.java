package org.survivorvoice.staff;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.survivorvoice.common.web.CsrfToken;
import org.survivorvoice.common.web.LanguageChoice;
import org.survivorvoice.common.web.PageHeaders;
import org.survivorvoice.common.web.WebConfig;
import org.survivorvoice.feedback.intake.FormBody;

/**
 * Guards every {@link StaffPage}: picks the page's language, refuses a POST whose CSRF token does
 * not repeat the CSRF cookie (403 page) before the endpoint runs, so nothing is stored, and sends
 * the survivor pages' safety headers with every answer. A form's token is its {@code csrf} field;
 * an upload (multipart) carries it in the query of its action, since its body is read only after
 * the filters. Refusals are logged with the path and reason only, never a field.
 */
@ApplicationScoped
@Provider
@StaffPage
@Priority(Priorities.AUTHENTICATION + 10)
public class StaffPageFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final WebConfig config;
    private final StaffVisit visit;
    private final StaffPages pages;

    public StaffPageFilter(WebConfig config, StaffVisit visit, StaffPages pages) {
        this.config = config;
        this.visit = visit;
        this.pages = pages;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = begin(request);
        String sent = visit.sentCsrfToken();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        MediaType type = request.getMediaType();
        String token;
        if (type != null && MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type)) {
            token = query.getFirst(CsrfToken.FIELD);
        } else if (type != null && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)) {
            Optional<byte[]> body = FormBody.read(request.getEntityStream());
            Optional<Map<String, String>> form = body.flatMap(FormBody::parse);
            if (form.isEmpty()) {
                Log.warnf("Staff page %s refused: malformed form", path);
                request.abortWith(
                        pages.notice(400, "common.bad-request.title", "common.bad-request", path));
                return;
            }
            token = form.get().get(CsrfToken.FIELD);
            request.setEntityStream(new ByteArrayInputStream(body.get()));
        } else {
            Log.warnf("Staff page %s refused: not a form", path);
            request.abortWith(
                    pages.notice(415, "common.bad-request.title", "common.bad-request", path));
            return;
        }
        if (!CsrfToken.matches(sent, token)) {
            Log.warnf("Security event: staff page %s refused (CSRF token missing or wrong)", path);
            request.abortWith(pages.notice(403, "common.expired.title", "common.expired", path));
        }
    }

    /**
     * Reads the page's language, address and CSRF cookie into the visit; once per request, also for
     * an answer given before the request filter ran (a role check's refusal). Returns the path.
     */
    private String begin(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (visit.begun()) {
            return path;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        Map<String, Cookie> cookies = request.getCookies();
        LanguageChoice language =
                LanguageChoice.of(
                        query.getFirst(LanguageChoice.PARAM),
                        value(cookies.get(LanguageChoice.COOKIE)),
                        request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        visit.language(language.language(), language.chosen());
        visit.address(path, withoutLanguageAndToken(query));
        String sent = value(cookies.get(CsrfToken.cookieName(config.secureCookies())));
        if (CsrfToken.wellFormed(sent)) {
            visit.sentCsrfToken(sent);
        }
        return path;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        begin(request);
        friendlyRefusal(response);
        PageHeaders.apply(
                response.getHeaders(),
                config.secureCookies(),
                visit.csrfIssued() ? visit.csrfToken() : null,
                visit.languageChosen() ? visit.language().code() : null);
    }

    /**
     * A refusal the shared error mapping answered as problem+json (a role or district check)
     * becomes a page in the user's language, with the same status.
     */
    private void friendlyRefusal(ContainerResponseContext response) {
        int status = response.getStatus();
        MediaType type = response.getMediaType();
        if ((status != 403 && status != 404)
                || (type != null && MediaType.TEXT_HTML_TYPE.isCompatible(type))) {
            return;
        }
        String key = status == 403 ? "common.forbidden" : "common.not-found";
        Response page = pages.notice(status, key + ".title", key, "/staff");
        response.setEntity(page.getEntity(), null, StaffPages.HTML);
    }

    /** The query as sent, less the language (the switch sets it) and any CSRF token. */
    private static String withoutLanguageAndToken(MultivaluedMap<String, String> query) {
        StringJoiner kept = new StringJoiner("&");
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            if (name.equals(LanguageChoice.PARAM) || name.equals(CsrfToken.FIELD)) {
                continue;
            }
            for (String value : parameter.getValue()) {
                kept.add(encode(name) + "=" + encode(value));
            }
        }
        return kept.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String value(Cookie cookie) {
        return cookie == null ? null : cookie.getValue();
    }
}
