package org.survivorvoice.feedback.intake.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.common.web.LanguageChoice;

/**
 * Renders the survivor pages (Qute templates under {@code templates/web/}) in a language: every
 * text comes from the {@code web.*} keys of the survivor bundles, never from Java or the template.
 */
@ApplicationScoped
public class SurvivorPages {

    /** HTML in UTF-8: Devanagari, Bengali and Telugu as they are. */
    public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private static final String[] FACES = {"😞", "🙁", "😐", "🙂", "😄"};

    private final SurvivorMessages messages;
    private final Map<SurvivorLanguage, Map<String, String>> texts =
            new EnumMap<>(SurvivorLanguage.class);
    private final Template codePage;
    private final Template questionsPage;
    private final Template thanksPage;
    private final Template noticePage;

    public SurvivorPages(
            SurvivorMessages messages,
            @Location("web/code.html") Template codePage,
            @Location("web/questions.html") Template questionsPage,
            @Location("web/thanks.html") Template thanksPage,
            @Location("web/notice.html") Template noticePage) {
        this.messages = messages;
        this.codePage = codePage;
        this.questionsPage = questionsPage;
        this.thanksPage = thanksPage;
        this.noticePage = noticePage;
        for (SurvivorLanguage language : SurvivorLanguage.values()) {
            Map<String, String> web = new LinkedHashMap<>();
            for (String key : messages.keys(language)) {
                if (key.startsWith("web.")) {
                    web.put(key, messages.template(language, key));
                }
            }
            texts.put(language, Map.copyOf(web));
        }
    }

    /** A link of the language switch; {@code current} marks the page's own language. */
    @TemplateData
    public record LanguageLink(String code, String name, String href, boolean current) {}

    /** One answer of a question: a radio button and its label. */
    @TemplateData
    public record Choice(String id, String value, String face, String text, boolean checked) {}

    /** One question: its field name, label, error text (or null) and choices. */
    @TemplateData
    public record Question(String name, String label, String error, List<Choice> choices) {}

    /** The first page of a form: the provider code, with its error if there is one. */
    public Response code(
            FormPlace place,
            SurvivorLanguage language,
            String csrf,
            String code,
            String encounter,
            Map<String, String> errors) {
        Map<String, String> t = texts.get(language);
        TemplateInstance page =
                page(codePage, language, place.path())
                        .data("action", place.path())
                        .data("assisted", place == FormPlace.ASSISTED)
                        .data("csrf", csrf)
                        .data("code", code == null ? "" : code)
                        .data("codeError", text(t, errors, "code"))
                        .data("encounter", encounter == null ? "" : encounter)
                        .data("encounterError", text(t, errors, "encounter"));
        return html(errors.isEmpty() ? 200 : 422, page);
    }

    /** The questions about the provider read back by name, with the answers kept and errors. */
    public Response questions(
            FormPlace place,
            SurvivorLanguage language,
            String csrf,
            String code,
            String encounter,
            String provider,
            RatingForm kept,
            Map<String, String> errors) {
        return questions(
                place.path(),
                place == FormPlace.ASSISTED,
                true,
                language,
                csrf,
                code,
                encounter,
                provider,
                kept,
                errors);
    }

    /**
     * The questions of an invitation link: posted back to the link, and without a way to change the
     * provider, which the invitation fixes.
     */
    public Response invitationQuestions(
            String action,
            SurvivorLanguage language,
            String csrf,
            String code,
            String provider,
            RatingForm kept,
            Map<String, String> errors) {
        return questions(action, false, false, language, csrf, code, "", provider, kept, errors);
    }

    private Response questions(
            String action,
            boolean assisted,
            boolean codeChangeable,
            SurvivorLanguage language,
            String csrf,
            String code,
            String encounter,
            String provider,
            RatingForm kept,
            Map<String, String> errors) {
        Map<String, String> t = texts.get(language);
        List<Question> questions = new ArrayList<>();
        for (String name : RatingForm.QUESTIONS) {
            Integer given = kept == null ? null : kept.answer(name);
            List<Choice> choices = new ArrayList<>();
            for (int v = 1; v <= 5; v++) {
                choices.add(
                        new Choice(
                                name + "-" + v,
                                Integer.toString(v),
                                FACES[v - 1],
                                Integer.toString(v),
                                given != null && given == v));
            }
            questions.add(
                    new Question(name, t.get("web.q." + name), text(t, errors, name), choices));
        }
        Boolean money = kept == null ? null : kept.moneyAsked();
        Question moneyQuestion =
                new Question(
                        "money",
                        t.get("web.q.money"),
                        null,
                        List.of(
                                new Choice(
                                        "money-yes",
                                        "yes",
                                        "",
                                        t.get("web.yes"),
                                        Boolean.TRUE.equals(money)),
                                new Choice(
                                        "money-no",
                                        "no",
                                        "",
                                        t.get("web.no"),
                                        Boolean.FALSE.equals(money))));
        TemplateInstance page =
                page(questionsPage, language, action)
                        .data("action", action)
                        .data("assisted", assisted)
                        .data("codeChangeable", codeChangeable)
                        .data("csrf", csrf)
                        .data("code", code)
                        .data("encounter", encounter)
                        .data("provider", provider)
                        .data("questions", questions)
                        .data("money", moneyQuestion)
                        .data(
                                "comment",
                                kept == null || kept.comment() == null ? "" : kept.comment())
                        .data("commentError", text(t, errors, "comment"))
                        .data("maxComment", RatingForm.MAX_COMMENT)
                        .data("hasErrors", !errors.isEmpty());
        return html(errors.isEmpty() ? 200 : 422, page);
    }

    /** The thanks page after a stored rating. */
    public Response thanks(FormPlace place, SurvivorLanguage language) {
        return html(
                200,
                page(thanksPage, language, place.path() + "/thanks").data("again", place.path()));
    }

    /** A page with one message and a way back to {@code again}, sent with the status. */
    public Response notice(
            int status, SurvivorLanguage language, String titleKey, String textKey, String again) {
        Map<String, String> t = texts.get(language);
        TemplateInstance page =
                page(noticePage, language, again)
                        .data("heading", t.get(titleKey))
                        .data("message", t.get(textKey))
                        .data("again", again);
        return html(status, page);
    }

    private TemplateInstance page(Template template, SurvivorLanguage language, String path) {
        List<LanguageLink> links = new ArrayList<>();
        for (SurvivorLanguage other : SurvivorLanguage.values()) {
            links.add(
                    new LanguageLink(
                            other.code(),
                            messages.template(other, "web.language-name"),
                            path + "?" + LanguageChoice.PARAM + "=" + other.code(),
                            other == language));
        }
        return template.data("t", texts.get(language))
                .data("lang", language.code())
                .data("languages", links);
    }

    private static String text(Map<String, String> t, Map<String, String> errors, String field) {
        String key = errors.get(field);
        return key == null
                ? null
                : t.get(key).replace("{max}", Integer.toString(RatingForm.MAX_COMMENT));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }
}
