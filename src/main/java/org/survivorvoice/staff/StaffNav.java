package org.survivorvoice.staff;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.survivorvoice.security.Roles;

/**
 * The staff pages each role may open, in the order of her work; the first is where {@code /staff}
 * sends her. One owner of "who starts where", so the menu and the start page cannot disagree.
 */
public final class StaffNav {

    /** One page of the menu: its path and the key of its label. */
    @TemplateData
    public record Link(String path, String labelKey, boolean current) {}

    private record Entry(String path, String labelKey) {}

    private static final Entry DISTRICT = new Entry("/staff/district", "nav.district");
    private static final Entry REPORTS = new Entry("/staff/reports", "nav.reports");
    private static final Entry RESPONSES = new Entry("/staff/responses", "nav.responses");
    private static final Entry MEETING_PACK = new Entry("/staff/meeting-pack", "nav.meeting-pack");
    private static final Entry TRAININGS = new Entry("/staff/trainings", "nav.trainings");
    private static final List<Entry> FIELD_WORK =
            List.of(
                    new Entry("/staff/survivors/new", "nav.enrol"),
                    new Entry("/staff/encounters/new", "nav.encounter"),
                    new Entry("/staff/assisted", "nav.assisted"),
                    new Entry("/staff/paper-forms", "nav.paper-forms"),
                    new Entry("/staff/cases", "nav.cases"),
                    new Entry("/staff/collectives", "nav.collectives"));

    /** Each role's pages, the start page first; an account has one role. */
    private static final Map<String, List<Entry>> PAGES =
            Map.of(
                    Roles.OFFICIAL, List.of(DISTRICT, RESPONSES, MEETING_PACK, REPORTS, TRAININGS),
                    Roles.FUNDER, List.of(REPORTS, TRAININGS),
                    Roles.FIELDWORKER, FIELD_WORK,
                    Roles.ADMIN,
                            Stream.concat(
                                            Stream.of(
                                                    new Entry("/staff/reviews", "nav.reviews"),
                                                    new Entry("/staff/providers", "nav.providers"),
                                                    new Entry(
                                                            "/staff/providers/import",
                                                            "nav.import"),
                                                    new Entry("/staff/areas", "nav.areas"),
                                                    new Entry("/staff/users", "nav.users"),
                                                    new Entry("/staff/outbox", "nav.outbox"),
                                                    new Entry(
                                                            "/staff/service-types",
                                                            "nav.service-types"),
                                                    new Entry("/staff/admin", "nav.admin"),
                                                    DISTRICT,
                                                    RESPONSES,
                                                    MEETING_PACK,
                                                    REPORTS,
                                                    TRAININGS),
                                            FIELD_WORK.stream())
                                    .toList());

    private StaffNav() {}

    /** The pages of someone with the roles, the current one marked. */
    public static List<Link> links(Predicate<String> hasRole, String currentPath) {
        for (String role : List.of(Roles.ADMIN, Roles.OFFICIAL, Roles.FUNDER, Roles.FIELDWORKER)) {
            if (hasRole.test(role)) {
                return PAGES.get(role).stream()
                        .map(p -> new Link(p.path(), p.labelKey(), p.path().equals(currentPath)))
                        .toList();
            }
        }
        return List.of();
    }

    /** Where {@code /staff} sends someone with the roles: the first page of her menu. */
    public static String start(Predicate<String> hasRole) {
        List<Link> links = links(hasRole, "");
        return links.isEmpty() ? "/login" : links.get(0).path();
    }
}
