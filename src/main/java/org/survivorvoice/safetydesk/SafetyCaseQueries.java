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

/** Reads the cases a field worker or admin may see; never a text or a number. */
@ApplicationScoped
public class SafetyCaseQueries {

    /** Open cases first, soonest deadline first; the rest keep their newest-first order. */
    private static final Comparator<CaseListItem> OPEN_FIRST_BY_DEADLINE =
            Comparator.comparing((CaseListItem c) -> c.status() != CaseStatus.OPEN)
                    .thenComparing(
                            c -> c.status() == CaseStatus.OPEN ? c.deadlineAt() : Instant.MAX);

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
        String hql =
                "select c from SafetyCase c left join fetch c.district left join fetch c.provider"
                        + " where "
                        + where
                        + " order by c.openedAt desc, c.id desc";
        Instant now = clock.instant();
        return SafetyCase.<SafetyCase>find(hql, params).stream()
                .map(c -> CaseListItem.of(c, now))
                .sorted(OPEN_FIRST_BY_DEADLINE)
                .toList();
    }
}
