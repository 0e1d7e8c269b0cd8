package org.survivorvoice.encounter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.security.AuditService;

/**
 * The service types encounters name, and the pillar each is reported under. The types themselves
 * are seeded by migration; admins may only move a type to another pillar, and every move is
 * audited, because it changes every later Outcomes sheet's grouping.
 */
@ApplicationScoped
public class ServiceTypeService {

    private final AuditService audit;

    public ServiceTypeService(AuditService audit) {
        this.audit = audit;
    }

    /** Every service type, by pillar (in the pillars' order) and then by name. */
    @Transactional
    public List<ServiceTypeView> list() {
        List<ServiceType> types = ServiceType.listAll();
        return types.stream()
                .map(ServiceTypeView::of)
                .sorted(
                        Comparator.comparing(ServiceTypeView::pillar)
                                .thenComparing(ServiceTypeView::name))
                .toList();
    }

    /**
     * Moves the service type to the pillar; unchanged (and not audited) when it is there already.
     * Throws {@link NotFoundException} for an unknown code and {@link InvalidInputException} for a
     * text that is not a pillar.
     */
    @Transactional
    public ServiceTypeView changePillar(String code, PillarChange change) {
        Pillar pillar = QueryParameters.enumValue("pillar", Pillar.class, change.pillar());
        if (pillar == null) {
            throw new InvalidInputException("pillar", "is required");
        }
        ServiceType type = code == null ? null : ServiceType.findByCode(code.strip());
        if (type == null) {
            throw new NotFoundException("Service type");
        }
        if (type.pillar != pillar) {
            audit.record("PILLAR", "service_type", type.code, type.pillar + " -> " + pillar);
            type.pillar = pillar;
        }
        return ServiceTypeView.of(type);
    }
}
