package org.survivorvoice.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.StaffContext;

/**
 * Reads of training events with the district rule of issue 18: someone bound to a district (an
 * official) sees the events at least one of whose attending providers is in her district, a 404 for
 * any other event and a 403 for another district's list; admins and funders see every event. An
 * event shows all its providers: who was trained is the programme's public record, not survivor
 * data.
 */
@ApplicationScoped
public class TrainingQueries {

    private static final String IN_DISTRICT =
            " exists (select 1 from TrainingAttendance a where a.training = e"
                    + " and a.provider.district.id = :district)";

    private final EntityManager em;
    private final StaffContext staff;

    public TrainingQueries(EntityManager em, StaffContext staff) {
        this.em = em;
        this.staff = staff;
    }

    /**
     * Events newest first (by the day held, then the newest recorded), of the district when given
     * (an official: always her own; 403 for another).
     */
    @Transactional
    public PageResult<TrainingView> list(Long district, PageRequest page) {
        Optional<Long> scope = staff.listDistrict(district);
        String where = scope.isPresent() ? " where" + IN_DISTRICT : "";
        TypedQuery<Long> ids =
                em.createQuery(
                                "select e.id from TrainingEvent e"
                                        + where
                                        + " order by e.heldOn desc, e.id desc",
                                Long.class)
                        .setFirstResult(page.offset())
                        .setMaxResults(page.size());
        TypedQuery<Long> count =
                em.createQuery("select count(e) from TrainingEvent e" + where, Long.class);
        scope.ifPresent(
                d -> {
                    ids.setParameter("district", d);
                    count.setParameter("district", d);
                });
        List<Long> pageIds = ids.getResultList();
        Map<Long, TrainingView> views =
                load(pageIds).stream()
                        .collect(Collectors.toMap(TrainingView::id, Function.identity()));
        List<TrainingView> items = pageIds.stream().map(views::get).toList();
        return new PageResult<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /** One event, or 404 when there is none or the caller's district had no staff at it. */
    @Transactional
    public TrainingView get(long id) {
        List<TrainingView> found = load(List.of(id));
        if (found.isEmpty()) {
            throw new NotFoundException("Training event");
        }
        Optional<Long> scope = staff.districtScope();
        if (scope.isPresent()) {
            boolean attended =
                    em.createQuery(
                                            "select count(e) from TrainingEvent e where e.id = :id"
                                                    + " and"
                                                    + IN_DISTRICT,
                                            Long.class)
                                    .setParameter("id", id)
                                    .setParameter("district", scope.get())
                                    .getSingleResult()
                            > 0;
            if (!attended) {
                throw new NotFoundException("Training event");
            }
        }
        return found.get(0);
    }

    /** The events with their attendance, providers, categories and districts in one query. */
    private List<TrainingView> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select distinct e from TrainingEvent e"
                                + " left join fetch e.attendance a"
                                + " left join fetch a.provider p"
                                + " left join fetch p.category"
                                + " left join fetch p.district"
                                + " where e.id in :ids",
                        TrainingEvent.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .map(TrainingView::of)
                .sorted(Comparator.comparing(TrainingView::id))
                .toList();
    }
}
