package org.survivorvoice.staff.field;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.survivorvoice.collective.CollectiveQueries;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.Violation;
import org.survivorvoice.common.i18n.StaffMessages;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.web.WebConfig;
import org.survivorvoice.encounter.EncounterView;
import org.survivorvoice.retention.RetentionConfig;
import org.survivorvoice.staff.StaffPages;
import org.survivorvoice.survivor.SurvivorStatus;
import org.survivorvoice.survivor.SurvivorView;

/**
 * The field worker's pages rendered in the staff frame: the resources hand over what a service
 * answered, this bean words it in the page's language (and the consent sentences in the
 * survivor's).
 */
@ApplicationScoped
public class FieldPages {

    /** A link to pick her language; {@code current} marks the one the sentences are shown in. */
    public record LanguageLink(String code, String name, String href, boolean current) {}

    /** One consent item: its field, its label for the field worker, its sentence for her. */
    public record ConsentItem(String field, String label, String sentence, boolean checked) {}

    /** A problem of a paper-forms row, worded. */
    public record ProblemLine(int row, String column, String reason) {}

    private static final Map<SurvivorLanguage, String> NAMES =
            Map.of(
                    SurvivorLanguage.EN, "English",
                    SurvivorLanguage.HI, "हिन्दी",
                    SurvivorLanguage.BN, "বাংলা",
                    SurvivorLanguage.TE, "తెలుగు");

    /** API field names of the services' violations, mapped to the page's fields and texts. */
    private static final Map<String, String[]> VIOLATIONS =
            Map.of(
                    "phone", new String[] {"phone", "field.error.phone"},
                    "areaId", new String[] {"areaId", "field.error.area"},
                    "ivrPin", new String[] {"pin", "field.error.pin-needed"},
                    "serviceType", new String[] {"serviceType", "field.error.service-type"},
                    "date", new String[] {"date", "field.error.date-future"},
                    "identifiedThrough.collectiveId",
                            new String[] {
                                "identifiedCollective", "collectives.error.identified-collective"
                            },
                    "identifiedThrough.peerLeaderId",
                            new String[] {
                                "identifiedPeerLeader", "collectives.error.identified-peer-leader"
                            });

    private final StaffPages pages;
    private final StaffMessages messages;
    private final FieldQueries queries;
    private final SurvivorVoiceConfig config;
    private final WebConfig web;
    private final java.time.Clock clock;
    private final RetentionConfig retention;
    private final Template enrol;
    private final Template enrolled;
    private final Template encounter;
    private final Template encounterView;
    private final Template paperForms;
    private final CollectiveQueries collectives;

    public FieldPages(
            StaffPages pages,
            StaffMessages messages,
            FieldQueries queries,
            SurvivorVoiceConfig config,
            WebConfig web,
            java.time.Clock clock,
            RetentionConfig retention,
            @Location("staff/field/enrol.html") Template enrol,
            @Location("staff/field/enrolled.html") Template enrolled,
            @Location("staff/field/encounter.html") Template encounter,
            @Location("staff/field/encounter-view.html") Template encounterView,
            @Location("staff/field/paper-forms.html") Template paperForms,
            CollectiveQueries collectives) {
        this.collectives = collectives;
        this.pages = pages;
        this.messages = messages;
        this.queries = queries;
        this.config = config;
        this.web = web;
        this.clock = clock;
        this.retention = retention;
        this.enrol = enrol;
        this.enrolled = enrolled;
        this.encounter = encounter;
        this.encounterView = encounterView;
        this.paperForms = paperForms;
    }

    /** The page's field and text key of each field problem a service reported. */
    static Map<String, String> fieldErrors(DomainException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : e.violations()) {
            String[] mapped = VIOLATIONS.get(v.field());
            if (mapped != null) {
                errors.putIfAbsent(mapped[0], mapped[1]);
            }
        }
        if (errors.isEmpty()) {
            errors.put("form", "field.error.required");
        }
        return errors;
    }

    /** The enrolment page: the form as sent (never the phone), errors beside their fields. */
    public Response enrolment(int status, EnrolmentForm form, Map<String, String> errors) {
        SurvivorLanguage her = SurvivorLanguage.fromCode(form.language()).orElse(pages.language());
        List<LanguageLink> languages = new ArrayList<>();
        for (SurvivorLanguage l : SurvivorLanguage.values()) {
            languages.add(
                    new LanguageLink(
                            l.code(),
                            NAMES.get(l),
                            "/staff/survivors/new?for=" + l.code(),
                            l == her));
        }
        List<ConsentItem> consent =
                List.of(
                        item("sms", "sms", her, form.sms()),
                        item("ivr", "ivr", her, form.ivr()),
                        item("webLink", "web", her, form.webLink()),
                        item("reporting", "reporting", her, form.reporting()),
                        item("results", "results", her, form.results()));
        TemplateInstance page =
                pages.page(enrol, "field.enrol.title")
                        .data("her", her.code())
                        .data("herName", NAMES.get(her))
                        .data("herLanguages", languages)
                        .data("consent", consent)
                        .data("areas", queries.enrolmentAreas())
                        .data("identifiedCollectives", collectives.identificationChoices())
                        .data("identifiedPeerLeaders", collectives.peerLeaderChoices())
                        .data("values", form.values())
                        .data("errors", texts(errors))
                        .data("phoneLost", errors.size() > 0)
                        .data(
                                "safeHint",
                                pages.text(
                                        "field.enrol.safe-hint",
                                        Map.of(
                                                "from",
                                                config.enrolment().defaultSafeFrom().toString(),
                                                "to",
                                                config.enrolment().defaultSafeTo().toString())));
        return pages.html(status, page);
    }

    /**
     * Her page, after enrolment and later: her number, what she agreed to and whether she is still
     * in the programme, with the button that records her leaving it; never her phone.
     */
    public Response enrolled(SurvivorView survivor) {
        SurvivorLanguage her = SurvivorLanguage.fromCodeOrEnglish(survivor.language());
        List<String> agreed = new ArrayList<>();
        if (survivor.consent().sms()) {
            agreed.add(pages.text("field.enrol.consent.sms"));
        }
        if (survivor.consent().ivr()) {
            agreed.add(pages.text("field.enrol.consent.ivr"));
        }
        if (survivor.consent().webLink()) {
            agreed.add(pages.text("field.enrol.consent.web"));
        }
        if (survivor.consent().reporting()) {
            agreed.add(pages.text("field.enrol.consent.reporting"));
        }
        if (survivor.consent().agreesToResults()) {
            agreed.add(pages.text("field.enrol.consent.results"));
        }
        boolean exited = survivor.status() == SurvivorStatus.EXITED;
        String id = survivor.id().toString();
        return pages.html(
                pages.page(enrolled, exited ? "field.exit.done.title" : "field.enrol.done.title")
                        .data("id", survivor.id())
                        .data(
                                "message",
                                pages.text(
                                        exited ? "field.exit.done" : "field.enrol.done",
                                        Map.of("id", id)))
                        .data("exited", exited)
                        .data("purged", survivor.contactPurged())
                        .data("status", pages.text("field.exit.status." + survivor.status()))
                        .data(
                                "exitHint",
                                pages.text(
                                        "field.exit.hint",
                                        Map.of("days", Integer.toString(retention.contactDays()))))
                        .data("herName", NAMES.get(her))
                        .data("agreed", agreed)
                        .data(
                                "safeHours",
                                survivor.safeHours().from() + " – " + survivor.safeHours().to()));
    }

    /** The encounter form, with the provider's name read back when the code is known. */
    public Response encounterForm(
            int status, EncounterForm form, String providerName, Map<String, String> errors) {
        return pages.html(
                status,
                pages.page(encounter, "field.encounter.title")
                        .data("form", form)
                        .data(
                                "provider",
                                providerName == null
                                        ? ""
                                        : pages.text(
                                                "field.encounter.provider",
                                                Map.of("name", providerName)))
                        .data("services", queries.serviceTypes())
                        .data("outcomes", outcomes())
                        .data("errors", texts(errors)));
    }

    /** One encounter: what was logged, its invitation, the outcome form and assisted rating. */
    public Response encounter(EncounterView view, String providerName, boolean saved) {
        String invitation =
                view.invitation() == null
                        ? pages.text("field.invitation.none")
                        : pages.text("field.invitation." + view.invitation().status());
        return pages.html(
                pages.page(encounterView, "field.encounter.done.title")
                        .data(
                                "title",
                                pages.text(
                                        "field.encounter.view.title",
                                        Map.of("id", view.id().toString())))
                        .data("view", view)
                        .data("service", queries.serviceTypeName(view.serviceType()))
                        .data("providerName", providerName)
                        .data("invitation", invitation)
                        .data("outcomes", outcomes())
                        .data("outcome", pages.text("field.outcome." + view.outcome().name()))
                        .data("saved", saved));
    }

    /** The paper-forms page, with the problems of a refused upload or what one stored. */
    public Response paperForms(
            int status, String refusal, List<PaperFormProblem> problems, PaperFormResult result) {
        List<ProblemLine> lines =
                problems.stream()
                        .map(
                                p ->
                                        new ProblemLine(
                                                p.row(),
                                                pages.text(p.column().labelKey()),
                                                pages.text(p.key(), p.values())))
                        .toList();
        String limits = Long.toString(web.maxUpload().asLongValue() / (1024 * 1024));
        return pages.html(
                status,
                pages.page(paperForms, "field.paper.title")
                        .data("refusal", refusal)
                        .data(
                                "problemCount",
                                lines.isEmpty()
                                        ? ""
                                        : pages.text(
                                                "field.paper.problems",
                                                Map.of("count", Integer.toString(lines.size()))))
                        .data("problems", lines)
                        .data(
                                "done",
                                result == null
                                        ? ""
                                        : pages.text(
                                                "field.paper.done",
                                                Map.of(
                                                        "stored",
                                                        Integer.toString(result.stored()),
                                                        "verified",
                                                        Integer.toString(result.verified()))))
                        .data(
                                "hint",
                                pages.text(
                                        "field.paper.upload-hint",
                                        Map.of(
                                                "rows",
                                                String.format("%,d", PaperFormSheet.MAX_ROWS),
                                                "mb",
                                                limits))));
    }

    /** A refusal of the whole file, worded with the limits. */
    public String refusal(String reason) {
        return pages.text(
                "field.paper.refused." + reason,
                Map.of(
                        "rows",
                        String.format("%,d", PaperFormSheet.MAX_ROWS),
                        "mb",
                        Long.toString(web.maxUpload().asLongValue() / (1024 * 1024))));
    }

    /** The words that mean yes and no in the money column, in every language of the template. */
    public Map<Boolean, java.util.Set<String>> yesNo() {
        java.util.Set<String> yes = new java.util.HashSet<>();
        java.util.Set<String> no = new java.util.HashSet<>();
        for (SurvivorLanguage l : SurvivorLanguage.values()) {
            yes.add(messages.text(l, "field.paper.yes", Map.of()).toLowerCase(l.locale()));
            no.add(messages.text(l, "field.paper.no", Map.of()).toLowerCase(l.locale()));
        }
        return Map.of(true, yes, false, no);
    }

    /** The template workbook in the page's language. */
    public byte[] template() {
        return PaperFormTemplate.workbook(pages::text);
    }

    /** The 404 page of a survivor or encounter that is not there for the caller. */
    public Response notFound(String back) {
        return pages.notice(404, "field.not-found.title", "field.not-found", back);
    }

    /** 303 to the path. */
    public Response seeOther(String path) {
        return pages.seeOther(path);
    }

    /** The programme's today. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(config.timeZone()));
    }

    /** The page's language code. */
    public String language() {
        return pages.language().code();
    }

    private ConsentItem item(String field, String key, SurvivorLanguage her, boolean checked) {
        return new ConsentItem(
                field,
                pages.text("field.enrol.consent." + key),
                messages.text(her, "field.consent." + key, Map.of()),
                checked);
    }

    private List<FieldQueries.Choice> outcomes() {
        return java.util.Arrays.stream(org.survivorvoice.encounter.EncounterOutcome.values())
                .map(
                        o ->
                                new FieldQueries.Choice(
                                        o.name(), pages.text("field.outcome." + o.name())))
                .toList();
    }

    private Map<String, String> texts(Map<String, String> errors) {
        Map<String, String> worded = new LinkedHashMap<>();
        errors.forEach((field, key) -> worded.put(field, pages.text(key)));
        return worded;
    }
}
