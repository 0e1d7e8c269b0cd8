package org.survivorvoice.safetydesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.time.Quarter;

/**
 * Reads what the MIS safety-desk figures rest on, in the caller's transaction: the timelines of the
 * cases opened in a quarter (in the programme's time zone), never a text, phone or survivor, and
 * hands them to {@link CaseFigures}, which applies the as-of rule. The district figures read no
 * provider; the per-provider figures (the admin's workbook) read the provider a case named. Which
 * district and audience may read them is the caller's decision; the figures are exact and the
 * caller publishes them through its disclosure policy.
 */
@ApplicationScoped
public class CaseFigureQueries {

    private static final String TIMELINES =
            "select new org.survivorvoice.safetydesk.CaseTimeline(d.id, c.openedAt, c.deadlineAt,"
                    + " c.contactedAt, c.closedAt, c.outcome) from SafetyCase c left join"
                    + " c.district d where c.openedAt >= :from and c.openedAt < :to"
                    + " and c.openedAt <= :asOf";

    private static final String PROVIDER_TIMELINES =
            "select p.code, p.name, cat.code, pd.id, c.signals, d.id, c.openedAt, c.deadlineAt,"
                    + " c.contactedAt, c.closedAt, c.outcome from SafetyCase c join c.provider p"
                    + " join p.category cat left join p.district pd left join c.district d"
                    + " where c.openedAt >= :from and c.openedAt < :to and c.openedAt <= :asOf"
                    + " order by p.code, c.openedAt, c.id";

    private final EntityManager em;
    private final SurvivorVoiceConfig config;

    public CaseFigureQueries(EntityManager em, SurvivorVoiceConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * The figures of the cases opened in the quarter, of one district or of every district (with
     * the cases of no known district) when empty, as of the instant, by district id.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DistrictCaseFigures> figures(
            Optional<Long> district, Quarter opened, Instant asOf) {
        return CaseFigures.of(timelines(district, opened, asOf), asOf);
    }

    /**
     * The figures of every provider named by a case opened in the quarter, as of the instant, by
     * provider code: for the admin's workbook only, which alone may name a provider beside a case.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProviderCaseFigures> providerFigures(Quarter opened, Instant asOf) {
        List<Object[]> rows =
                em.createQuery(PROVIDER_TIMELINES, Object[].class)
                        .setParameter("from", start(opened))
                        .setParameter("to", end(opened))
                        .setParameter("asOf", asOf)
                        .getResultList();
        List<ProviderCaseTimeline> cases = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            cases.add(
                    new ProviderCaseTimeline(
                            (String) r[0],
                            (String) r[1],
                            (String) r[2],
                            (Long) r[3],
                            moneyAsked((String) r[4]),
                            new CaseTimeline(
                                    (Long) r[5],
                                    (Instant) r[6],
                                    (Instant) r[7],
                                    (Instant) r[8],
                                    (Instant) r[9],
                                    (CaseOutcome) r[10])));
        }
        return CaseFigures.ofProviders(cases, asOf);
    }

    /** The timelines of the cases opened in the quarter by the instant, in scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseTimeline> timelines(Optional<Long> district, Quarter opened, Instant asOf) {
        TypedQuery<CaseTimeline> q =
                em.createQuery(
                                TIMELINES
                                        + (district.isPresent() ? " and d.id = :district" : "")
                                        + " order by c.openedAt, c.id",
                                CaseTimeline.class)
                        .setParameter("from", start(opened))
                        .setParameter("to", end(opened))
                        .setParameter("asOf", asOf);
        district.ifPresent(d -> q.setParameter("district", d));
        return q.getResultList();
    }

    private Instant start(Quarter quarter) {
        return quarter.start().atStartOfDay(config.timeZone()).toInstant();
    }

    private Instant end(Quarter quarter) {
        return quarter.end().plusDays(1).atStartOfDay(config.timeZone()).toInstant();
    }

    /** Whether a case's stored signals (comma-separated names) include money or a favour asked. */
    static boolean moneyAsked(String signals) {
        return Arrays.stream(signals.split(","))
                .map(String::strip)
                .anyMatch(CaseSignal.MONEY_ASKED.name()::equals);
    }
}
