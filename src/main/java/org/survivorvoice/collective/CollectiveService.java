package org.survivorvoice.collective;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.ConflictException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.error.RuleViolatedException;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.AuditService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;
import org.survivorvoice.security.StaffUser;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.survivor.SurvivorService;

/**
 * Collectives, their peer leaders and their members; every change and every read of members is
 * audited. Admins manage collectives and peer leaders (the resource's roles); memberships are
 * recorded by admins and the field workers of her district, and only with her consent. A field
 * worker bound to a district sees the site and district collectives of her district and the
 * regional and state ones of its state, and of their members only those of her district; anything
 * else answers 404 as if it did not exist.
 */
@ApplicationScoped
public class CollectiveService {

    private final CollectiveQueries queries;
    private final SurvivorService survivors;
    private final StaffContext staff;
    private final AuditService audit;
    private final Clock clock;
    private final SurvivorVoiceConfig config;

    public CollectiveService(
            CollectiveQueries queries,
            SurvivorService survivors,
            StaffContext staff,
            AuditService audit,
            Clock clock,
            SurvivorVoiceConfig config) {
        this.queries = queries;
        this.survivors = survivors;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    /** Creates a collective; its parent, when named, must be one level up and cover its area. */
    @Transactional
    public CollectiveView create(NewCollective request) {
        Area area = Area.findById(request.areaId());
        if (area == null || !request.level().areaLevels().contains(area.level)) {
            throw new InvalidInputException(
                    "areaId", "must be an area of level " + request.level().areaLevels());
        }
        String name = request.name().strip();
        if (Collective.count("area = ?1 and name = ?2", area, name) > 0) {
            throw new ConflictException("The area already has a collective of this name.");
        }
        LocalDate today = today();
        LocalDate formedOn = request.formedOn() == null ? today : request.formedOn();
        if (formedOn.isAfter(today)) {
            throw new InvalidInputException("formedOn", "must not be in the future");
        }
        Collective c = new Collective();
        c.name = name;
        c.level = request.level();
        c.area = area;
        c.districtId = request.level().withinDistrict() ? area.district().orElseThrow().id : null;
        c.stateId = CollectiveQueries.stateOf(area.id);
        c.formedOn = formedOn;
        if (request.parentId() != null) {
            c.parent = validParent(c, request.parentId());
        }
        c.persist();
        audit.record("CREATE", "collective", c.id, c.level.name());
        Log.infof("Collective %d created at level %s", c.id, c.level);
        return queries.view(c.id);
    }

    /** Renames, re-parents, closes or reopens a collective. */
    @Transactional
    public CollectiveView update(long id, CollectiveChange change) {
        if (change.isEmpty()) {
            throw new InvalidInputException("name", "name at least one field to change");
        }
        Collective c = require(id);
        if (change.name() != null) {
            String name = change.name().strip();
            if (name.isEmpty()) {
                throw new InvalidInputException("name", "must not be blank");
            }
            if (Collective.count("area = ?1 and name = ?2 and id <> ?3", c.area, name, id) > 0) {
                throw new ConflictException("The area already has a collective of this name.");
            }
            c.name = name;
        }
        if (change.parentId() != null) {
            c.parent = validParent(c, change.parentId());
        }
        if (Boolean.FALSE.equals(change.active()) && c.active()) {
            if (Collective.count("parent = ?1 and closedOn is null", c) > 0) {
                throw new ConflictException(
                        "Active collectives below name this one as parent; close them first.");
            }
            c.closedOn = today();
        } else if (Boolean.TRUE.equals(change.active()) && !c.active()) {
            c.closedOn = null;
        }
        audit.record("UPDATE", "collective", id, null);
        return queries.view(id);
    }

    /** Makes an active field worker a peer leader of the collective (again: nothing changes). */
    @Transactional
    public CollectiveView addPeerLeader(long id, NewPeerLeader request) {
        Collective c = require(id);
        StaffUser user = StaffUser.findById(request.userId());
        if (user == null || !user.active || !Roles.FIELDWORKER.equals(user.role)) {
            throw new InvalidInputException("userId", "must be an active field worker");
        }
        if (!c.active()) {
            throw new RuleViolatedException("The collective is closed.");
        }
        if (!CollectivePeerLeader.leads(user.id, c)) {
            CollectivePeerLeader leader = new CollectivePeerLeader();
            leader.collective = c;
            leader.user = user;
            leader.persist();
            audit.record("PEER_LEADER_ADD", "collective", id, "user " + user.id);
        }
        return queries.view(id);
    }

    /** Ends a field worker's leadership of the collective; 404 when she does not lead it. */
    @Transactional
    public CollectiveView removePeerLeader(long id, long userId) {
        Collective c = require(id);
        long removed = CollectivePeerLeader.delete("collective = ?1 and user.id = ?2", c, userId);
        if (removed == 0) {
            throw new NotFoundException("Peer leader");
        }
        audit.record("PEER_LEADER_REMOVE", "collective", id, "user " + userId);
        return queries.view(id);
    }

    /**
     * Records her membership, with her consent (422 without it). The survivor must be visible to
     * the caller (404) and live where the collective works (422); a second open membership of the
     * same collective is a 409.
     */
    @Transactional
    public MemberView addMember(long id, NewMembership request) {
        if (!Boolean.TRUE.equals(request.consent())) {
            throw new RuleViolatedException(
                    "She must agree to be a member: send consent true once she has.");
        }
        Collective c = requireVisible(id);
        Collective.<Collective>findById(id, LockModeType.PESSIMISTIC_WRITE);
        Survivor survivor = survivors.requireVisible(request.survivorId());
        if (!c.covers(survivor.district.id, CollectiveQueries.stateOf(survivor.district.id))) {
            throw new RuleViolatedException("The collective does not work where she lives.");
        }
        if (!c.active()) {
            throw new RuleViolatedException("The collective is closed.");
        }
        if (CollectiveMember.findOpen(c, survivor.id) != null) {
            throw new ConflictException("She is already a member of this collective.");
        }
        LocalDate today = today();
        LocalDate joined = request.joinedOn() == null ? today : request.joinedOn();
        if (joined.isAfter(today) || joined.isBefore(c.formedOn)) {
            throw new InvalidInputException(
                    "joinedOn", "must lie between the collective's forming and today");
        }
        CollectiveMember m = new CollectiveMember();
        m.collective = c;
        m.survivor = survivor;
        m.consentedAt = clock.instant();
        m.joinedOn = joined;
        m.recordedBy = staff.actor();
        m.persist();
        audit.record("MEMBER_ADD", "collective", id, "survivor " + survivor.id);
        Log.infof("Membership %d recorded in collective %d", m.id, id);
        return MemberView.of(m);
    }

    /** Ends her open membership; 404 when she has none (or is not visible to the caller). */
    @Transactional
    public MemberView endMember(long id, long survivorId, MembershipEnd end) {
        Collective c = requireVisible(id);
        survivors.requireVisible(survivorId);
        CollectiveMember m = CollectiveMember.findOpen(c, survivorId);
        if (m == null) {
            throw new NotFoundException("Membership");
        }
        LocalDate today = today();
        LocalDate left = end == null || end.leftOn() == null ? today : end.leftOn();
        if (left.isAfter(today) || left.isBefore(m.joinedOn)) {
            throw new InvalidInputException("leftOn", "must lie between her joining and today");
        }
        m.leftOn = left;
        audit.record("MEMBER_END", "collective", id, "survivor " + survivorId);
        return MemberView.of(m);
    }

    /**
     * The collective's members (the open memberships first, by joining day; ended ones only when
     * asked), of the caller's district only when she is bound to one; audited as a read of survivor
     * data.
     */
    @Transactional
    public PageResult<MemberView> members(long id, boolean withEnded, PageRequest page) {
        Collective c = requireVisible(id);
        Optional<Long> district = staff.districtScope();
        String where =
                "collective = ?1"
                        + (withEnded ? "" : " and leftOn is null")
                        + (district.isPresent() ? " and survivor.district.id = ?2" : "");
        Object[] params =
                district.isPresent() ? new Object[] {c, district.get()} : new Object[] {c};
        var query =
                CollectiveMember.<CollectiveMember>find(
                        where
                                + " order by case when leftOn is null then 0 else 1 end, joinedOn,"
                                + " id",
                        params);
        long total = query.count();
        List<MemberView> items =
                query.range(page.offset(), page.offset() + page.size() - 1).list().stream()
                        .map(MemberView::of)
                        .toList();
        audit.record("READ_MEMBERS", "collective", id, null);
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The collective if the caller may see its members, else 404. */
    private Collective requireVisible(long id) {
        Collective c = require(id);
        Optional<Long> district = staff.districtScope();
        if (district.isPresent()
                && !c.covers(district.get(), CollectiveQueries.stateOf(district.get()))) {
            throw new NotFoundException("Collective");
        }
        return c;
    }

    private static Collective require(long id) {
        Collective c = Collective.findById(id);
        if (c == null) {
            throw new NotFoundException("Collective");
        }
        return c;
    }

    /**
     * The parent the request names, checked: it exists, is active, is of a level allowed above this
     * one and covers this collective's area (a site's parent is the district collective of its
     * district; a district's, a regional or state collective of its state).
     */
    private static Collective validParent(Collective child, long parentId) {
        Collective parent = Collective.findById(parentId);
        if (parent == null) {
            throw new InvalidInputException("parentId", "no such collective");
        }
        if (!child.level.parentLevels().contains(parent.level)) {
            throw new InvalidInputException(
                    "parentId",
                    "a "
                            + child.level
                            + " collective's parent must be of level "
                            + child.level.parentLevels());
        }
        boolean contains =
                child.level.withinDistrict() && parent.level.withinDistrict()
                        ? parent.districtId.equals(child.districtId)
                        : parent.stateId.equals(child.stateId);
        if (!contains) {
            throw new InvalidInputException(
                    "parentId", "must work in the area that contains this collective's area");
        }
        if (!parent.active()) {
            throw new InvalidInputException("parentId", "is closed");
        }
        return parent;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(config.timeZone()));
    }
}
