package org.survivorvoice.staff;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.survivorvoice.common.i18n.StaffMessages;
import org.survivorvoice.common.i18n.SurvivorLanguage;

/**
 * Renders the staff pages (Qute templates under {@code templates/staff/}, each inside {@code
 * staff/layout}) in the visit's language: every text comes from {@link StaffMessages}, never from
 * Java or the template. Every page gets the same frame: the menu of the viewer's role, the language
 * switch, the sign-out button and the CSRF token its forms carry.
 */
@ApplicationScoped
public class StaffPages {

    /** HTML in UTF-8: Devanagari, Bengali and Telugu as they are. */
    public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private static final Map<SurvivorLanguage, String> NAMES =
            Map.of(
                    SurvivorLanguage.EN, "English",
                    SurvivorLanguage.HI, "हिन्दी",
                    SurvivorLanguage.BN, "বাংলা",
                    SurvivorLanguage.TE, "తెలుగు");

    private final StaffMessages messages;
    private final StaffVisit visit;
    private final SecurityIdentity identity;
    private final Template notice;

    public StaffPages(
            StaffMessages messages,
            StaffVisit visit,
            SecurityIdentity identity,
            @Location("staff/notice.html") Template notice) {
        this.messages = messages;
        this.visit = visit;
        this.identity = identity;
        this.notice = notice;
    }

    /** A link of the language switch; {@code current} marks the page's own language. */
    @TemplateData
    public record LanguageLink(String code, String name, String href, boolean current) {}

    /** The language of the page being rendered. */
    public SurvivorLanguage language() {
        return visit.language();
    }

    /**
     * The template, in the staff frame: {@code t} (every staff text in the page's language), {@code
     * lang}, {@code csrf}, {@code user}, {@code nav}, {@code languages} and {@code title} are set.
     */
    public TemplateInstance page(Template template, String titleKey) {
        SurvivorLanguage language = visit.language();
        List<LanguageLink> languages = new ArrayList<>();
        for (SurvivorLanguage l : SurvivorLanguage.values()) {
            languages.add(
                    new LanguageLink(l.code(), NAMES.get(l), visit.addressIn(l), l == language));
        }
        boolean signedIn = !identity.isAnonymous();
        return template.instance()
                .data("t", messages.all(language))
                .data("lang", language.code())
                .data("csrf", visit.csrfToken())
                .data("user", signedIn ? identity.getPrincipal().getName() : "")
                .data("nav", signedIn ? StaffNav.links(identity::hasRole, visit.path()) : List.of())
                .data("languages", languages)
                .data("title", messages.all(language).get(titleKey));
    }

    /** The page with 200 OK. */
    public Response html(TemplateInstance page) {
        return html(200, page);
    }

    /** The page with the status. */
    public Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    /** A page with one message and a way back to {@code back}, sent with the status. */
    public Response notice(int status, String titleKey, String textKey, String back) {
        return html(
                status, page(notice, titleKey).data("message", text(textKey)).data("back", back));
    }

    /** 303 See Other to the path: where a successful POST sends the browser. */
    public Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** The text of the key in the page's language. */
    public String text(String key) {
        return text(key, Map.of());
    }

    /** The text of the key in the page's language, its {@code {name}} placeholders filled. */
    public String text(String key, Map<String, String> values) {
        return messages.text(visit.language(), key, values);
    }
}
