package org.survivorvoice.collective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.area.Area;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;
import org.survivorvoice.security.StaffUser;

/**
 * Reads collectives as admins see them (names, levels, areas, peer leaders and how many open
 * memberships each has; never a member), the tree of the staff page, and the choices of the
 * enrolment form's "identified through".
 */
@ApplicationScoped
public class CollectiveQueries {

    /** A choice of a select list: the value sent and the label shown. */
    public record Choice(String value, String label) {}

    /** A collective in the tree: its depth below the top shown, its view. */
    public record TreeNode(int depth, CollectiveView collective) {}

    private final EntityManager em;
    private final StaffContext staff;

    public CollectiveQueries(EntityManager em, StaffContext staff) {
        this.em = em;
        this.staff = staff;
    }

    /** A page of collectives, of a level and/or under a parent when given, by level then name. */
    @Transactional
    public PageResult<CollectiveView> page(
            Optional<CollectiveLevel> level, Optional<Long> parent, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        level.ifPresent(
                l -> {
                    where.append(" and level = :level");
                    params.put("level", l);
                });
        parent.ifPresent(
                p -> {
                    where.append(" and parent.id = :parent");
                    params.put("parent", p);
                });
        var query = Collective.<Collective>find(where + " order by level desc, name, id", params);
        long total = query.count();
        List<Collective> rows = query.range(page.offset(), page.offset() + page.size() - 1).list();
        return new PageResult<>(views(rows), page.page(), page.size(), total);
    }

    /** One collective; 404 when there is none. */
    @Transactional
    public CollectiveView view(long id) {
        Collective c = Collective.findById(id);
        if (c == null) {
            throw new NotFoundException("Collective");
        }
        return views(List.of(c)).get(0);
    }

    /**
     * Every collective as a tree: each state collective (and every collective without a parent)
     * followed by its children, by name, depth first.
     */
    @Transactional
    public List<TreeNode> tree() {
        List<CollectiveView> all = views(Collective.list("order by name, id"));
        Map<Long, List<CollectiveView>> children = new HashMap<>();
        List<CollectiveView> roots = new ArrayList<>();
        for (CollectiveView c : all) {
            if (c.parentId() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        // the highest level first among the roots: a state's tree before a parentless site
        roots.sort(
                Comparator.comparing((CollectiveView c) -> -c.level().ordinal())
                        .thenComparing(CollectiveView::name));
        List<TreeNode> nodes = new ArrayList<>();
        for (CollectiveView root : roots) {
            walk(root, 0, children, nodes);
        }
        return nodes;
    }

    /**
     * The active collectives a survivor enrolled by the caller may be identified through: those of
     * the caller's district and the regional and state ones of its state, or all of them for a
     * caller bound to no district; labelled "level: name".
     */
    @Transactional
    public List<Choice> identificationChoices() {
        List<Collective> active = Collective.list("closedOn is null order by name, id");
        Optional<Long> district = staff.districtScope();
        Long state = district.map(CollectiveQueries::stateOf).orElse(null);
        List<Choice> choices = new ArrayList<>();
        for (Collective c : active) {
            if (district.isEmpty() || c.covers(district.get(), state)) {
                choices.add(new Choice(c.id.toString(), c.name + " (" + c.area.name + ")"));
            }
        }
        return choices;
    }

    /**
     * The active peer leaders of those collectives (the caller herself included when she leads
     * one), by user name.
     */
    @Transactional
    public List<Choice> peerLeaderChoices() {
        List<Long> collectives =
                identificationChoices().stream().map(c -> Long.valueOf(c.value())).toList();
        if (collectives.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select distinct u.id, u.username from CollectivePeerLeader l join l.user u"
                                + " where l.collective.id in :ids and u.active = true"
                                + " order by u.username",
                        Object[].class)
                .setParameter("ids", collectives)
                .getResultList()
                .stream()
                .map(r -> new Choice(r[0].toString(), (String) r[1]))
                .toList();
    }

    /** The active field workers an admin may make peer leaders, by user name. */
    @Transactional
    public List<Choice> fieldWorkers() {
        return StaffUser.<StaffUser>list(
                        "role = ?1 and active = true order by username", Roles.FIELDWORKER)
                .stream()
                .map(u -> new Choice(u.id.toString(), u.username))
                .toList();
    }

    /** The areas a collective may name: every area, labelled with its path and level. */
    @Transactional
    public List<Choice> areas() {
        List<Choice> choices = new ArrayList<>();
        for (Area area : Area.<Area>listAll()) {
            List<String> path = new ArrayList<>();
            for (Area a = area; a != null; a = a.parent) {
                path.add(0, a.name);
            }
            choices.add(new Choice(area.id.toString(), String.join(" › ", path)));
        }
        choices.sort(Comparator.comparing(Choice::label).thenComparing(Choice::value));
        return choices;
    }

    /** The state an area lies in (itself for a state). */
    static Long stateOf(long areaId) {
        Area area = Area.findById(areaId);
        while (area != null && area.level != AreaLevel.STATE) {
            area = area.parent;
        }
        return area == null ? null : area.id;
    }

    private static void walk(
            CollectiveView c,
            int depth,
            Map<Long, List<CollectiveView>> children,
            List<TreeNode> nodes) {
        nodes.add(new TreeNode(depth, c));
        for (CollectiveView child : children.getOrDefault(c.id(), List.of())) {
            walk(child, depth + 1, children, nodes);
        }
    }

    private List<CollectiveView> views(List<Collective> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(c -> c.id).toList();
        Map<Long, Long> members = new HashMap<>();
        em.createQuery(
                        "select m.collective.id, count(m) from CollectiveMember m"
                                + " where m.collective.id in :ids and m.leftOn is null"
                                + " group by m.collective.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> members.put((Long) r[0], (Long) r[1]));
        Map<Long, List<PeerLeaderView>> leaders = new HashMap<>();
        em.createQuery(
                        "select l.collective.id, u.id, u.username, u.active from"
                                + " CollectivePeerLeader l join l.user u"
                                + " where l.collective.id in :ids order by u.username",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(
                        r ->
                                leaders.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                                        .add(
                                                new PeerLeaderView(
                                                        (Long) r[1],
                                                        (String) r[2],
                                                        (Boolean) r[3])));
        return rows.stream()
                .map(
                        c ->
                                new CollectiveView(
                                        c.id,
                                        c.name,
                                        c.level,
                                        c.area.id,
                                        c.area.name,
                                        c.districtId,
                                        c.stateId,
                                        c.parent == null ? null : c.parent.id,
                                        c.formedOn,
                                        c.active(),
                                        members.getOrDefault(c.id, 0L),
                                        leaders.getOrDefault(c.id, List.of())))
                .toList();
    }
}
