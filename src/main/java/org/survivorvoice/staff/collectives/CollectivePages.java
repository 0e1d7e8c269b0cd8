package org.survivorvoice.staff.collectives;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.survivorvoice.collective.CollectiveLevel;
import org.survivorvoice.collective.CollectiveQueries;
import org.survivorvoice.collective.CollectiveQueries.TreeNode;
import org.survivorvoice.collective.CollectiveView;
import org.survivorvoice.collective.MemberView;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.Violation;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;
import org.survivorvoice.staff.StaffPages;

/**
 * The collectives' pages in the staff frame, worded in the page's language: the tree (indented by
 * depth, with the level, area, member count and peer leaders of each collective) and a collective's
 * page with its members by survivor id. Reads the form choices from {@link CollectiveQueries};
 * never shows anything of a survivor but her id.
 */
@ApplicationScoped
public class CollectivePages {

    /** A choice of a select: value, label and whether it is chosen. */
    public record Choice(String value, String label) {}

    /** A line of the tree. */
    public record Line(
            long id,
            String name,
            String levelKey,
            String area,
            int indent,
            long members,
            String peerLeaders,
            boolean active) {}

    /** A member as the page shows her: her survivor id and the day she joined. */
    public record Member(long survivorId, String joinedOn) {}

    private static final Map<String, String> FIELD_KEYS =
            Map.of(
                    "name", "collectives.error.name",
                    "level", "collectives.error.level",
                    "areaId", "collectives.error.area",
                    "parentId", "collectives.error.parent",
                    "userId", "collectives.error.user",
                    "collectiveId", "collectives.error.collective",
                    "survivorId", "collectives.error.survivor");

    private final StaffPages pages;
    private final CollectiveQueries queries;
    private final StaffContext staff;
    private final Template tree;
    private final Template detail;

    public CollectivePages(
            StaffPages pages,
            CollectiveQueries queries,
            StaffContext staff,
            @Location("staff/collectives/tree.html") Template tree,
            @Location("staff/collectives/collective.html") Template detail) {
        this.pages = pages;
        this.queries = queries;
        this.staff = staff;
        this.tree = tree;
        this.detail = detail;
    }

    /** The tree, with the admin's forms; a notice after a change or the problem of a form. */
    Response tree(int status, List<TreeNode> nodes, String done, String errorKey) {
        boolean admin = staff.hasRole(Roles.ADMIN);
        List<Line> lines = nodes.stream().map(CollectivePages::line).toList();
        List<Choice> collectives =
                nodes.stream()
                        .map(TreeNode::collective)
                        .filter(CollectiveView::active)
                        .map(
                                c ->
                                        new Choice(
                                                c.id().toString(),
                                                c.name() + " (" + c.areaName() + ")"))
                        .toList();
        var page =
                pages.page(tree, "collectives.title")
                        .data("lines", lines)
                        .data("admin", admin)
                        .data("done", done)
                        .data("errorKey", errorKey)
                        .data(
                                "levels",
                                Arrays.stream(CollectiveLevel.values())
                                        .map(l -> new Choice(l.name(), levelKey(l)))
                                        .toList())
                        .data("collectives", collectives);
        if (admin) {
            page.data("areas", queries.areas()).data("fieldWorkers", queries.fieldWorkers());
        } else {
            page.data("areas", List.of()).data("fieldWorkers", List.of());
        }
        return pages.html(status, page);
    }

    /** A collective's page with its members (the caller's district's only, if she is bound). */
    Response detail(
            int status,
            CollectiveView c,
            PageResult<MemberView> members,
            String done,
            String errorKey) {
        return pages.html(
                status,
                pages.page(detail, "collectives.title")
                        .data("title", c.name())
                        .data("c", line(new TreeNode(0, c)))
                        .data(
                                "members",
                                members.items().stream()
                                        .map(
                                                m ->
                                                        new Member(
                                                                m.survivorId(),
                                                                m.joinedOn().toString()))
                                        .toList())
                        .data("doneKey", done == null ? null : "collectives.done." + done)
                        .data("errorKey", errorKey));
    }

    /** The page of a collective that does not exist or is of another district. */
    Response notFound() {
        return pages.notice(
                404, "collectives.title", "collectives.not-found", "/staff/collectives");
    }

    Response seeOther(String path) {
        return pages.seeOther(path);
    }

    /** The message key of a refused form. */
    static String errorKey(DomainException e) {
        for (Violation v : e.violations()) {
            String key = FIELD_KEYS.get(v.field());
            if (key != null) {
                return key;
            }
        }
        return switch (e.status()) {
            case 409 -> "collectives.error.conflict";
            case 404 -> "collectives.error.collective";
            default -> "collectives.error.rule";
        };
    }

    /** The level a form sent; 400 naming {@code level} otherwise. */
    static CollectiveLevel level(String value) {
        try {
            return CollectiveLevel.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("level", "choose a level");
        }
    }

    /** An id a form sent; 400 naming the field otherwise. */
    static Long id(String value, String field) {
        if (value == null || !value.strip().matches("[0-9]{1,18}")) {
            throw new InvalidInputException(field, "must be a number");
        }
        return Long.valueOf(value.strip());
    }

    /** An optional id: blank is none. */
    static Long optionalId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[0-9]{1,18}")) {
            throw new InvalidInputException("parentId", "must be a number");
        }
        return Long.valueOf(value.strip());
    }

    private static Line line(TreeNode node) {
        CollectiveView c = node.collective();
        return new Line(
                c.id(),
                c.name(),
                levelKey(c.level()),
                c.areaName(),
                node.depth(),
                c.members(),
                String.join(", ", c.peerLeaders().stream().map(p -> p.username()).toList()),
                c.active());
    }

    private static String levelKey(CollectiveLevel level) {
        return "collectives.level." + level.name().toLowerCase(Locale.ROOT);
    }
}
