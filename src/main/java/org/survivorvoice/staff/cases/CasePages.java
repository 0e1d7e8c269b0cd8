package org.survivorvoice.staff.cases;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.safetydesk.CallConsent;
import org.survivorvoice.safetydesk.CaseDetail;
import org.survivorvoice.safetydesk.CaseListItem;
import org.survivorvoice.safetydesk.CaseOutcome;
import org.survivorvoice.safetydesk.CaseStatus;
import org.survivorvoice.safetydesk.RevealedContact;
import org.survivorvoice.staff.StaffPages;

/**
 * The safety desk's pages in the staff frame: the resource hands over what the desk's services
 * answered, this bean words it in the page's language (dates in the programme's zone, deadlines as
 * {@link DeadlineText}). Never given a number except for the one reveal answer.
 */
@ApplicationScoped
public class CasePages {

    /** The status filters of the list, in the order the page offers them. */
    static final List<String> FILTERS = List.of("all", "open", "contacted", "closed");

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    /** A case as a row of the list (and the head of its page). */
    public record Row(
            long id,
            String signals,
            String channelKey,
            String district,
            String provider,
            String opened,
            String deadline,
            String statusKey,
            String outcomeKey,
            boolean overdue,
            boolean escalated,
            boolean open,
            boolean closed) {}

    /** A choice of a filter or a select: its value and the key of its label. */
    public record Choice(String value, String labelKey, boolean current) {}

    /** A note as the page prints it. */
    public record NoteRow(String text, String writtenBy, String writtenAt) {}

    /** What to read before calling, worded. */
    public record Consent(
            String enrolledKey,
            boolean askedForCall,
            String callsKey,
            String safeHours,
            String insideKey,
            boolean outsideNow,
            boolean doNotContact,
            boolean numberKnown,
            String languageKey) {}

    private final StaffPages pages;
    private final Clock clock;
    private final ZoneId zone;
    private final Template list;
    private final Template detail;
    private final Template revealed;

    public CasePages(
            StaffPages pages,
            Clock clock,
            SurvivorVoiceConfig config,
            @Location("staff/cases/list.html") Template list,
            @Location("staff/cases/case.html") Template detail,
            @Location("staff/cases/revealed.html") Template revealed) {
        this.pages = pages;
        this.clock = clock;
        this.zone = config.timeZone();
        this.list = list;
        this.detail = detail;
        this.revealed = revealed;
    }

    /** The list of the filter. */
    Response list(String filter, List<CaseListItem> items) {
        Instant now = clock.instant();
        List<Row> rows = items.stream().map(i -> row(i, now)).toList();
        return pages.html(
                pages.page(list, "cases.title")
                        .data("rows", rows)
                        .data(
                                "filters",
                                FILTERS.stream()
                                        .map(
                                                f ->
                                                        new Choice(
                                                                f,
                                                                "cases.filter." + f,
                                                                f.equals(filter)))
                                        .toList())
                        .data("overdue", rows.stream().filter(Row::overdue).count()));
    }

    /** The page of one case, with a notice after a change or the problems of a refused form. */
    Response detail(int status, CaseDetail d, String noticeKey, List<String> errors) {
        Instant now = clock.instant();
        CaseListItem s = d.summary();
        List<NoteRow> notes =
                d.notes().stream()
                        .map(n -> new NoteRow(n.text(), n.writtenBy(), moment(n.writtenAt())))
                        .toList();
        return pages.html(
                status,
                pages.page(detail, "cases.case.title")
                        .data("title", pages.text("cases.case.heading", Map.of("id", "" + s.id())))
                        .data("c", row(s, now))
                        .data("language", "cases.language." + s.language())
                        .data("caseLang", s.language())
                        .data("contacted", s.contactedAt() == null ? null : moment(s.contactedAt()))
                        .data("text", d.openingText())
                        .data("notes", notes)
                        .data("consent", consent(d.consent()))
                        .data("outcomes", outcomes())
                        .data("noticeKey", noticeKey)
                        .data("errors", errors));
    }

    /** The one page that shows her number: once, as the answer to the reveal form. */
    Response revealed(long id, RevealedContact contact) {
        return Response.fromResponse(
                        pages.html(
                                pages.page(revealed, "cases.reveal.title")
                                        .data("id", id)
                                        .data("phone", contact.phone())
                                        .data("consent", consent(contact.consent()))))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The page for a case that does not exist or is of another area. */
    Response notFound() {
        return pages.notice(404, "cases.title", "cases.not-found", "/staff/cases");
    }

    /** A refused list filter. */
    Response badFilter() {
        return pages.notice(400, "cases.title", "cases.error.filter", "/staff/cases");
    }

    private Row row(CaseListItem i, Instant now) {
        DeadlineText deadline = DeadlineText.of(i, now);
        String signals =
                i.signals().stream()
                        .sorted()
                        .map(s -> pages.text(key("cases.signal.", s)))
                        .collect(Collectors.joining(", "));
        return new Row(
                i.id(),
                signals,
                key("cases.channel.", i.channel()),
                i.district(),
                i.provider(),
                moment(i.openedAt()),
                pages.text(deadline.key(), Map.of("n", Long.toString(deadline.amount()))),
                key("cases.status.", i.status()),
                i.outcome() == null ? null : key("cases.outcome.", i.outcome()),
                i.overdue(),
                i.escalated(),
                i.status() == CaseStatus.OPEN,
                i.status() == CaseStatus.CLOSED);
    }

    private Consent consent(CallConsent c) {
        String hours =
                c.safeFrom() == null || c.safeTo() == null
                        ? null
                        : hour(c.safeFrom())
                                + " – "
                                + hour(c.safeTo())
                                + (c.timeZone() == null ? "" : " (" + c.timeZone() + ")");
        return new Consent(
                c.enrolled() ? "cases.consent.enrolled" : "cases.consent.not-enrolled",
                c.askedForCall(),
                c.callsAllowed() == null
                        ? "cases.consent.unknown"
                        : c.callsAllowed() ? "cases.yes" : "cases.no",
                hours,
                c.insideSafeHoursNow() == null
                        ? "cases.consent.unknown"
                        : c.insideSafeHoursNow() ? "cases.consent.inside" : "cases.consent.outside",
                Boolean.FALSE.equals(c.insideSafeHoursNow()),
                c.doNotContact(),
                c.numberKnown(),
                "cases.language." + c.language());
    }

    private static List<Choice> outcomes() {
        return java.util.Arrays.stream(CaseOutcome.values())
                .map(o -> new Choice(o.name(), key("cases.outcome.", o), false))
                .toList();
    }

    private static String key(String prefix, Enum<?> value) {
        return prefix + value.name().toLowerCase(Locale.ROOT);
    }

    private String moment(Instant at) {
        return MOMENT.format(at.atZone(zone));
    }

    private static String hour(LocalTime t) {
        return HOUR.format(t);
    }
}
