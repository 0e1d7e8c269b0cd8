package org.survivorvoice.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;

/**
 * Reads of responses for officials (their own district, released quarters only) and admins: the
 * responses list, the "needs a response" list of {@link ResponseNeedQueries}, and who may see a
 * response at all. Every district rule is {@link StaffContext}'s: 404 for another district's
 * provider or response, 403 for another district's list.
 */
@ApplicationScoped
public class ResponseQueries {

    private static final String VIEW =
            "select new org.survivorvoice.response.ResponseView(r.id, p.code, p.name,"
                    + " r.district.id, r.period, r.theme, r.actionText, r.ownerRole, r.dueDate,"
                    + " r.status, r.dropReason, r.recordedAt, r.doneAt, r.droppedAt)";

    private final EntityManager em;
    private final StaffContext staff;
    private final ProviderService providers;
    private final ReleaseCalendar releases;
    private final ResponseNeedQueries needs;
    private final ZoneId zone;

    public ResponseQueries(
            EntityManager em,
            StaffContext staff,
            ProviderService providers,
            ReleaseCalendar releases,
            ResponseNeedQueries needs,
            SurvivorVoiceConfig config) {
        this.em = em;
        this.staff = staff;
        this.providers = providers;
        this.releases = releases;
        this.needs = needs;
        this.zone = config.timeZone();
    }

    /**
     * Whether the caller may see results of the quarter, and so responses to them: admins always,
     * everyone else once the quarter is released.
     */
    public boolean resultsVisible(Quarter period) {
        return staff.hasRole(Roles.ADMIN) || releases.isReleased(period);
    }

    /** The response if the caller may see it, else 404 as if it did not exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProviderResponse requireVisible(ProviderResponse response) {
        if (response == null) {
            throw new NotFoundException("Response");
        }
        staff.requireVisible(response.district.id, "Response");
        if (!resultsVisible(Quarter.parse(response.period))) {
            throw new NotFoundException("Response");
        }
        return response;
    }

    /**
     * Responses newest first, of the district (an official's own; 403 for another), the quarter and
     * the provider when given; officials see responses to released quarters only.
     */
    @Transactional
    public PageResult<ResponseView> list(
            Long district, Quarter period, String providerCode, PageRequest page) {
        Optional<Long> scope = staff.listDistrict(district);
        if (period != null && !resultsVisible(period)) {
            throw new NotFoundException("Released results for " + period);
        }
        StringBuilder where =
                new StringBuilder(" from ProviderResponse r join r.provider p where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope.ifPresent(
                d -> {
                    where.append(" and r.district.id = :district");
                    params.put("district", d);
                });
        if (period != null) {
            where.append(" and r.period = :period");
            params.put("period", period.toString());
        }
        if (providerCode != null && !providerCode.isBlank()) {
            where.append(" and p.id = :provider");
            params.put("provider", providers.requireVisible(providerCode.strip()).id);
        }
        if (!staff.hasRole(Roles.ADMIN)) {
            // quarters are written 2026-Q3, so text order is time order
            where.append(" and r.period <= :released");
            params.put("released", releases.latestReleased().toString());
        }
        TypedQuery<ResponseView> items =
                em.createQuery(
                                VIEW + where + " order by r.recordedAt desc, r.id desc",
                                ResponseView.class)
                        .setFirstResult(page.offset())
                        .setMaxResults(page.size());
        TypedQuery<Long> count = em.createQuery("select count(r)" + where, Long.class);
        params.forEach(
                (name, value) -> {
                    items.setParameter(name, value);
                    count.setParameter(name, value);
                });
        return new PageResult<>(
                items.getResultList(), page.page(), page.size(), count.getSingleResult());
    }

    /**
     * The providers of the district (an official's own, 403 for another; every district for an
     * admin who names none) whose results of the quarter (default: the latest released) call for a
     * response, those still waiting first; 404 for a quarter an official cannot see yet.
     */
    @Transactional
    public ResponseNeedList needed(Long district, Quarter requested) {
        Optional<Long> scope = staff.listDistrict(district);
        Quarter period = requested == null ? releases.latestReleased() : requested;
        if (!resultsVisible(period)) {
            throw new NotFoundException("Released results for " + period);
        }
        List<ResponseNeedView> items =
                needs.of(scope, period).stream()
                        .sorted(Comparator.comparing(ResponseNeed::answered))
                        .map(this::view)
                        .toList();
        return new ResponseNeedList(period.toString(), items);
    }

    /**
     * The district's responses to the quarter and its still-PLANNED responses to earlier quarters,
     * newest quarter first: what its response page lists. The caller passed {@link #needed}'s
     * checks for the district and quarter.
     */
    @Transactional
    public List<ResponseView> ofDistrict(long district, Quarter period) {
        return em.createQuery(
                        VIEW
                                + " from ProviderResponse r join r.provider p"
                                + " where r.district.id = :district and (r.period = :period"
                                + " or (r.period < :period and r.status = :planned))"
                                + " order by r.period desc, r.recordedAt desc, r.id desc",
                        ResponseView.class)
                .setParameter("district", district)
                .setParameter("period", period.toString())
                .setParameter("planned", ResponseStatus.PLANNED)
                .getResultList();
    }

    private ResponseNeedView view(ResponseNeed need) {
        return new ResponseNeedView(
                need.providerCode(),
                need.providerName(),
                need.categoryCode(),
                need.band(),
                need.alerts(),
                need.neededSince().atZone(zone).toLocalDate(),
                need.answered(),
                need.daysToResponse());
    }
}
