package org.survivorvoice.reports.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.persistence.NativeRow;

/**
 * Reads of the programme's areas, categories and providers for the quarterly workbook, in the
 * caller's (read-only) transaction: names for the cover, the sheets and comment redaction, and the
 * comparison area of a district.
 */
@ApplicationScoped
public class DirectoryQueries {

    private final EntityManager em;

    public DirectoryQueries(EntityManager em) {
        this.em = em;
    }

    /** The comparison area (the state) a district is compared within. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> comparisonAreaOf(long district) {
        Query q =
                em.createNativeQuery("SELECT COALESCE(parent_id, id) FROM area WHERE id = :id")
                        .setParameter("id", district);
        return NativeRow.longs(q).stream().findFirst();
    }

    /** A district's name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> areaName(long id) {
        Query q =
                em.createNativeQuery("SELECT name FROM area WHERE id = :id").setParameter("id", id);
        return NativeRow.strings(q).stream().findFirst();
    }

    /** Every area name of the programme: the places a comment must not name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> areaNames() {
        return NativeRow.strings(em.createNativeQuery("SELECT DISTINCT name FROM area"));
    }

    /** The provider categories' names by code: the words a workbook shows for a category. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, String> categoryNames() {
        Map<String, String> names = new HashMap<>();
        for (NativeRow r :
                NativeRow.list(em.createNativeQuery("SELECT code, name FROM provider_category"))) {
            names.put(r.string(0), r.string(1));
        }
        return names;
    }

    /** Provider names of the district (or all). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> providerNames(Optional<Long> district) {
        Query q =
                em.createNativeQuery(
                        "SELECT DISTINCT name FROM provider"
                                + (district.isPresent() ? " WHERE district_id = :district" : ""));
        district.ifPresent(d -> q.setParameter("district", d));
        return NativeRow.strings(q);
    }
}
