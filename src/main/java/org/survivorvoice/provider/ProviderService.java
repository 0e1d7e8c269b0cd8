package org.survivorvoice.provider;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.error.Violation;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.StaffContext;

/**
 * Providers: creation with check-digit codes (one or a file of them), look-up by code,
 * district-scoped search.
 */
@ApplicationScoped
public class ProviderService {

    private static final int CODE_ATTEMPTS = 50;
    private static final int CODES_PER_QUERY = 1_000;

    private final StaffContext staff;
    private final Validator validator;
    private final SecureRandom random = new SecureRandom();

    public ProviderService(StaffContext staff, Validator validator) {
        this.staff = staff;
        this.validator = validator;
    }

    /** Creates a provider in a district (or an area below one) with a fresh code. */
    @Transactional
    public ProviderView create(NewProvider request) {
        Placed placed = place(request, ProviderCategory::findByCode);
        if (!placed.violations().isEmpty()) {
            throw new InvalidInputException(placed.violations());
        }
        return ProviderView.of(persist(placed, freshCodes(1).get(0)));
    }

    /**
     * Creates a provider for every row of an uploaded file, all in one transaction, or none: each
     * row is checked by the rules of {@link #create} (those of {@link NewProvider} first, then the
     * category and area) and every problem of every row is reported at once, with its row.
     */
    @Transactional
    public ProviderImportResult importAll(List<ProviderSheet.Row> rows) {
        // a file names a few categories many times: each is looked up once
        Map<String, Optional<ProviderCategory>> known = new HashMap<>();
        Function<String, ProviderCategory> categories =
                code ->
                        known.computeIfAbsent(
                                        code,
                                        c -> Optional.ofNullable(ProviderCategory.findByCode(c)))
                                .orElse(null);
        List<Violation> problems = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (ProviderSheet.Row row : rows) {
            List<Violation> found = new ArrayList<>(row.problems());
            addForOtherFields(found, rules(row.request()));
            Placed place = place(row.request(), categories);
            addForOtherFields(found, place.violations());
            found.stream()
                    .distinct()
                    .sorted(Comparator.comparing(v -> ProviderSheet.COLUMNS.indexOf(v.field())))
                    .map(v -> new Violation(row.number(), v.field(), v.message()))
                    .forEach(problems::add);
            placed.add(place);
        }
        if (!problems.isEmpty()) {
            long badRows = problems.stream().map(Violation::row).distinct().count();
            throw new InvalidInputException(
                    badRows
                            + (badRows == 1 ? " row" : " rows")
                            + " of the file cannot be imported; nothing was imported.",
                    problems);
        }
        Iterator<String> fresh = freshCodes(placed.size()).iterator();
        List<String> codes = placed.stream().map(p -> persist(p, fresh.next()).code).toList();
        Log.infof("Imported %d providers", codes.size());
        return new ProviderImportResult(codes.size(), codes);
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

    /** A request with its category and area looked up, or what is wrong with them. */
    private record Placed(
            NewProvider request,
            ProviderCategory category,
            Area area,
            List<Violation> violations) {}

    /**
     * The category (looked up by code with {@code categories}) and area a new provider names, each
     * as create requires it.
     */
    private static Placed place(
            NewProvider request, Function<String, ProviderCategory> categories) {
        List<Violation> violations = new ArrayList<>();
        ProviderCategory category =
                request.category() == null ? null : categories.apply(request.category().strip());
        if (category == null) {
            violations.add(new Violation("category", "no such provider category"));
        }
        Area area = null;
        try {
            area = Area.requireWithinDistrict(request.areaId(), "areaId");
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        }
        return new Placed(request, category, area, violations);
    }

    private static Provider persist(Placed placed, String code) {
        NewProvider request = placed.request();
        Provider provider = new Provider();
        provider.code = code;
        provider.name = request.name().strip();
        provider.category = placed.category();
        provider.area = placed.area();
        provider.district = placed.area().district().orElseThrow();
        List<String> languages = request.languages() == null ? List.of() : request.languages();
        provider.languages = String.join(",", languages.stream().distinct().toList());
        provider.active = true;
        provider.persist();
        return provider;
    }

    /** The Bean Validation rules of {@link NewProvider}, each on its top-level field. */
    private List<Violation> rules(NewProvider request) {
        return validator.validate(request).stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::message))
                .toList();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        Iterator<Path.Node> path = violation.getPropertyPath().iterator();
        return path.hasNext() ? path.next().getName() : "";
    }

    /** Adds the new violations of fields that have none yet: a field's first problem explains. */
    private static void addForOtherFields(List<Violation> found, List<Violation> more) {
        Set<String> fields = found.stream().map(Violation::field).collect(Collectors.toSet());
        more.stream().filter(v -> !fields.contains(v.field())).forEach(found::add);
    }

    /**
     * Fresh random codes, all different and none taken, checked against the table in one query per
     * round of candidates rather than one per code (an import makes thousands).
     */
    private List<String> freshCodes(int count) {
        Set<String> codes = new LinkedHashSet<>();
        for (int attempt = 0; attempt < CODE_ATTEMPTS && codes.size() < count; attempt++) {
            Set<String> candidates = new LinkedHashSet<>();
            while (candidates.size() < count - codes.size()) {
                String code = ProviderCode.random(random).value();
                if (!codes.contains(code)) {
                    candidates.add(code);
                }
            }
            List<String> list = List.copyOf(candidates);
            for (int from = 0; from < list.size(); from += CODES_PER_QUERY) {
                List<String> chunk =
                        list.subList(from, Math.min(list.size(), from + CODES_PER_QUERY));
                Provider.<Provider>list("code in ?1", chunk)
                        .forEach(p -> candidates.remove(p.code));
            }
            codes.addAll(candidates);
        }
        if (codes.size() < count) {
            throw new IllegalStateException(
                    "No free provider codes after " + CODE_ATTEMPTS + " tries");
        }
        return List.copyOf(codes);
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
