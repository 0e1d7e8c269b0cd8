package org.survivorvoice.safetydesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;

/** Reads the cases a field worker or admin may see; never a text or a number. */
@ApplicationScoped
public class SafetyCaseQueries {

    /** Open cases first, soonest deadline first; the rest keep their newest-first order. */
    private static final Comparator<CaseListItem> OPEN_FIRST_BY_DEADLINE =
            Comparator.comparing((CaseListItem c) -> c.status() != CaseStatus.OPEN)
                    .thenComparing(
                            c -> c.status() == CaseStatus.OPEN ? c.deadlineAt() : Instant.MAX);

    /**
     * {@link #OPEN_FIRST_BY_DEADLINE} in the database: the overdue (and so the escalated) cases
     * come first, since their deadlines are the soonest.
     */
    private static final String OPEN_FIRST_ORDER =
            " order by case when c.status = org.survivorvoice.safetydesk.CaseStatus.OPEN then 0"
                    + " else 1 end, case when c.status ="
                    + " org.survivorvoice.safetydesk.CaseStatus.OPEN then c.deadlineAt end,"
                    + " c.openedAt desc, c.id desc";

    private final CaseAccess access;
    private final Clock clock;

    public SafetyCaseQueries(CaseAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    /**
     * The caller's cases, of one status or all: open ones first by deadline, then the others newest
     * first.
     */
    @Transactional
    public List<CaseListItem> list(Optional<CaseStatus> status) {
        Filter filter = filter(status, false, clock.instant());
        String hql =
                "select c from SafetyCase c left join fetch c.district left join fetch c.provider"
                        + " where "
                        + filter.where()
                        + " order by c.openedAt desc, c.id desc";
        Instant now = clock.instant();
        return SafetyCase.<SafetyCase>find(hql, filter.params()).stream()
                .map(c -> CaseListItem.of(c, now))
                .sorted(OPEN_FIRST_BY_DEADLINE)
                .toList();
    }

    /**
     * One page of the caller's cases, of one status or all, overdue ones only when asked, in the
     * order of {@link #list}: overdue and escalated cases lead.
     */
    @Transactional
    public PageResult<CaseListItem> page(
            Optional<CaseStatus> status, boolean overdueOnly, PageRequest page) {
        Instant now = clock.instant();
        Filter filter = filter(status, overdueOnly, now);
        long total = SafetyCase.count("from SafetyCase c where " + filter.where(), filter.params());
        List<CaseListItem> items =
                SafetyCase.<SafetyCase>find(
                                "select c from SafetyCase c left join fetch c.district"
                                        + " left join fetch c.provider where "
                                        + filter.where()
                                        + OPEN_FIRST_ORDER,
                                filter.params())
                        .range(page.offset(), page.offset() + page.size() - 1)
                        .stream()
                        .map(c -> CaseListItem.of(c, now))
                        .toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private Filter filter(Optional<CaseStatus> status, boolean overdueOnly, Instant now) {
        CaseAccess.Scope scope = access.scope();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        status.ifPresent(
                s -> {
                    where.append(" and c.status = :status");
                    params.put("status", s);
                });
        scope.district()
                .ifPresent(
                        d -> {
                            where.append(" and c.district.id = :district");
                            params.put("district", d);
                        });
        if (overdueOnly) {
            where.append(" and ").append(CaseDeadline.overdueCondition("c"));
            params.put("now", now);
        }
        return new Filter(where.toString(), params);
    }

    private record Filter(String where, Map<String, Object> params) {}
}
