package org.survivorvoice.provider;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.StaffContext;

/** Providers: creation with check-digit codes, look-up by code, district-scoped search. */
@ApplicationScoped
public class ProviderService {

    private static final int CODE_ATTEMPTS = 50;

    private final StaffContext staff;
    private final SecureRandom random = new SecureRandom();

    public ProviderService(StaffContext staff) {
        this.staff = staff;
    }

    /** Creates a provider in a district (or an area below one) with a fresh code. */
    @Transactional
    public ProviderView create(NewProvider request) {
        ProviderCategory category = ProviderCategory.findByCode(request.category().strip());
        if (category == null) {
            throw new InvalidInputException("category", "no such provider category");
        }
        Area area = Area.requireWithinDistrict(request.areaId(), "areaId");
        Area district = area.district().orElseThrow();
        Provider provider = new Provider();
        provider.code = freshCode();
        provider.name = request.name().strip();
        provider.category = category;
        provider.area = area;
        provider.district = district;
        List<String> languages = request.languages() == null ? List.of() : request.languages();
        provider.languages = String.join(",", languages.stream().distinct().toList());
        provider.active = true;
        provider.persist();
        return ProviderView.of(provider);
    }

    /** The provider with this code if visible to the caller; a bad check digit is a 404 too. */
    @Transactional
    public ProviderView get(String code) {
        return ProviderView.of(requireVisible(code));
    }

    /**
     * The provider entity for a code the caller may touch; 404 for a malformed code, a bad check
     * digit, an unknown code or another district's provider.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Provider requireVisible(String code) {
        Provider provider =
                ProviderCode.parse(code).map(c -> Provider.findByCode(c.value())).orElse(null);
        if (provider == null) {
            throw new NotFoundException("Provider");
        }
        staff.requireVisible(provider.district.id, "Provider");
        return provider;
    }

    /** Searches by district, category and part of the name, within the caller's district. */
    @Transactional
    public PageResult<ProviderView> search(
            Long districtId, String category, String text, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        Optional<Long> district = staff.listDistrict(districtId);
        district.ifPresent(
                id -> {
                    query.append(" and district.id = :district");
                    params.put("district", id);
                });
        if (category != null && !category.isBlank()) {
            query.append(" and category.code = :category");
            params.put("category", category.strip());
        }
        if (text != null && !text.isBlank()) {
            query.append(" and lower(name) like :text escape '!'");
            params.put("text", "%" + likeEscaped(text.strip().toLowerCase()) + "%");
        }
        var found = Provider.<Provider>find(query.toString(), Sort.by("name").and("id"), params);
        var items = found.page(Page.of(page.page(), page.size())).list();
        return new PageResult<>(items, page.page(), page.size(), found.count())
                .map(ProviderView::of);
    }

    private String freshCode() {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            String code = ProviderCode.random(random).value();
            if (Provider.count("code", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("No free provider code after " + CODE_ATTEMPTS + " tries");
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
