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
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.security.AuditService;
import org.survivorvoice.security.StaffContext;

/**
 * Providers: creation with check-digit codes (one or a file of them), changes and deactivation,
 * look-up by code, district-scoped search. Every write leaves an audit row.
 */
@ApplicationScoped
public class ProviderService {

    private static final int CODE_ATTEMPTS = 50;
    private static final int CODES_PER_QUERY = 1_000;

    private final StaffContext staff;
    private final Validator validator;
    private final AuditService audit;
    private final SecureRandom random = new SecureRandom();

    public ProviderService(StaffContext staff, Validator validator, AuditService audit) {
        this.staff = staff;
        this.validator = validator;
        this.audit = audit;
    }

    /**
     * Creates a provider in a district (or an area below one) with a fresh code; 400 with every
     * field's problem, each field by the first rule it breaks.
     */
    @Transactional
    public ProviderView create(NewProvider request) {
        List<ProviderFieldProblem> problems = new ArrayList<>(rules(request));
        Placed placed = place(request.category(), request.areaId(), ProviderCategory::findByCode);
        addForOtherFields(problems, placed.problems());
        if (!problems.isEmpty()) {
            throw ProviderInputException.fields(inColumnOrder(problems));
        }
        Provider provider = persist(request, placed, freshCodes(1).get(0));
        audit.record("CREATE", "provider", provider.id, provider.code);
        return ProviderView.of(provider);
    }

    /**
     * Gives a provider a new name, category and area (in any district); its code stays. 404 for a
     * code the caller may not see, 400 with every field's problem.
     */
    @Transactional
    public ProviderView update(String code, ProviderChange change) {
        Provider provider = requireVisible(code);
        List<ProviderFieldProblem> problems = new ArrayList<>(rules(change));
        Placed placed = place(change.category(), change.areaId(), ProviderCategory::findByCode);
        addForOtherFields(problems, placed.problems());
        if (!problems.isEmpty()) {
            throw ProviderInputException.fields(inColumnOrder(problems));
        }
        List<String> changed = new ArrayList<>();
        String name = change.name().strip();
        if (!name.equals(provider.name)) {
            provider.name = name;
            changed.add("name");
        }
        if (!placed.category().id.equals(provider.category.id)) {
            provider.category = placed.category();
            changed.add("category");
        }
        if (!placed.area().id.equals(provider.area.id)) {
            provider.area = placed.area();
            provider.district = placed.area().district().orElseThrow();
            changed.add("area");
        }
        if (!changed.isEmpty()) {
            audit.record("UPDATE", "provider", provider.id, String.join(",", changed));
        }
        return ProviderView.of(provider);
    }

    /**
     * Deactivates a provider: it keeps its code, ratings and scores, and is shown as inactive. 404
     * for a code the caller may not see; deactivating an inactive provider changes nothing.
     */
    @Transactional
    public ProviderView deactivate(String code) {
        Provider provider = requireVisible(code);
        if (provider.active) {
            provider.active = false;
            audit.record("DEACTIVATE", "provider", provider.id, provider.code);
        }
        return ProviderView.of(provider);
    }

    /** The categories and areas a provider form offers. */
    @Transactional
    public ProviderChoices choices() {
        List<ProviderChoices.Choice> categories =
                ProviderCategory.<ProviderCategory>listAll(Sort.by("code")).stream()
                        .map(c -> new ProviderChoices.Choice(c.code, c.name, false))
                        .toList();
        List<Area> districts = Area.list("level", Sort.by("name").and("id"), AreaLevel.DISTRICT);
        Map<Long, List<Area>> blocks =
                Area.<Area>list("level", Sort.by("name").and("id"), AreaLevel.BLOCK).stream()
                        .collect(Collectors.groupingBy(b -> b.parent.id));
        List<ProviderChoices.Choice> areas = new ArrayList<>();
        for (Area district : districts) {
            areas.add(new ProviderChoices.Choice(district.id.toString(), district.name, true));
            for (Area block : blocks.getOrDefault(district.id, List.of())) {
                areas.add(new ProviderChoices.Choice(block.id.toString(), block.name, false));
            }
        }
        List<ProviderChoices.Choice> districtChoices =
                districts.stream()
                        .map(d -> new ProviderChoices.Choice(d.id.toString(), d.name, true))
                        .toList();
        return new ProviderChoices(categories, districtChoices, areas);
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
        List<ProviderFieldProblem> problems = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (ProviderSheet.Row row : rows) {
            List<ProviderFieldProblem> found = new ArrayList<>(row.problems());
            addForOtherFields(found, rules(row.request()));
            Placed place = place(row.request().category(), row.request().areaId(), categories);
            addForOtherFields(found, place.problems());
            inColumnOrder(found).stream().map(p -> p.atRow(row.number())).forEach(problems::add);
            placed.add(place);
        }
        if (!problems.isEmpty()) {
            long badRows = problems.stream().map(ProviderFieldProblem::row).distinct().count();
            throw new ProviderInputException(
                    ProviderProblem.BAD_ROWS,
                    Map.of(
                            "rows",
                            badRows + (badRows == 1 ? " row" : " rows"),
                            "count",
                            Long.toString(badRows)),
                    problems);
        }
        Iterator<String> fresh = freshCodes(placed.size()).iterator();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            codes.add(persist(rows.get(i).request(), placed.get(i), fresh.next()).code);
        }
        audit.record("IMPORT", "provider", null, codes.size() + " providers");
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
        return findVisible(code).orElseThrow(() -> new NotFoundException("Provider"));
    }

    /**
     * The provider entity for a code the caller may touch; empty for a malformed code, a bad check
     * digit or an unknown code, without marking the transaction for rollback (a channel answers
     * those itself); 404 for another district's provider, as {@link #requireVisible}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Provider> findVisible(String code) {
        Provider provider =
                ProviderCode.parse(code).map(c -> Provider.findByCode(c.value())).orElse(null);
        if (provider == null) {
            return Optional.empty();
        }
        staff.requireVisible(provider.district.id, "Provider");
        return Optional.of(provider);
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

    /** A category and area looked up, or what is wrong with them. */
    private record Placed(
            ProviderCategory category, Area area, List<ProviderFieldProblem> problems) {}

    /**
     * The category (looked up by code with {@code categories}) and area a provider names, each as
     * create requires it: the area a district or one within a district.
     */
    private static Placed place(
            String categoryCode, Long areaId, Function<String, ProviderCategory> categories) {
        List<ProviderFieldProblem> problems = new ArrayList<>();
        ProviderCategory category =
                categoryCode == null ? null : categories.apply(categoryCode.strip());
        if (category == null) {
            problems.add(ProviderFieldProblem.of("category", ProviderProblem.NO_SUCH_CATEGORY));
        }
        Area area = areaId == null ? null : Area.findById(areaId);
        if (area == null) {
            problems.add(ProviderFieldProblem.of("areaId", ProviderProblem.NO_SUCH_AREA));
        } else if (area.district().isEmpty()) {
            problems.add(ProviderFieldProblem.of("areaId", ProviderProblem.NOT_IN_A_DISTRICT));
        }
        return new Placed(category, area, problems);
    }

    private static Provider persist(NewProvider request, Placed placed, String code) {
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

    /**
     * The Bean Validation rules of a request, each on its top-level field with the reason behind
     * it, the message being the API's.
     */
    private List<ProviderFieldProblem> rules(Object request) {
        return validator.validate(request).stream()
                .map(ProviderService::problemOf)
                .sorted(Comparator.comparing(ProviderFieldProblem::message))
                .toList();
    }

    private static ProviderFieldProblem problemOf(ConstraintViolation<?> violation) {
        String field = fieldOf(violation);
        String constraint =
                violation
                        .getConstraintDescriptor()
                        .getAnnotation()
                        .annotationType()
                        .getSimpleName();
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        Map<String, String> values = max == null ? Map.of() : Map.of("max", max.toString());
        boolean languages = field.equals("languages");
        ProviderProblem problem =
                switch (constraint) {
                    case "NotBlank" -> ProviderProblem.BLANK;
                    case "NotNull" ->
                            languages ? ProviderProblem.UNKNOWN_LANGUAGE : ProviderProblem.REQUIRED;
                    case "Size" ->
                            languages
                                    ? ProviderProblem.TOO_MANY_LANGUAGES
                                    : ProviderProblem.TOO_LONG;
                    case "Pattern" -> ProviderProblem.UNKNOWN_LANGUAGE;
                    default -> ProviderProblem.OTHER;
                };
        return new ProviderFieldProblem(null, field, problem, values, violation.getMessage());
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        Iterator<Path.Node> path = violation.getPropertyPath().iterator();
        return path.hasNext() ? path.next().getName() : "";
    }

    /** Adds the new problems of fields that have none yet: a field's first problem explains. */
    private static void addForOtherFields(
            List<ProviderFieldProblem> found, List<ProviderFieldProblem> more) {
        Set<String> fields =
                found.stream().map(ProviderFieldProblem::field).collect(Collectors.toSet());
        more.stream().filter(p -> !fields.contains(p.field())).forEach(found::add);
    }

    /** One of each problem, in the order of the file's columns. */
    private static List<ProviderFieldProblem> inColumnOrder(List<ProviderFieldProblem> problems) {
        return problems.stream()
                .distinct()
                .sorted(Comparator.comparing(p -> ProviderSheet.COLUMNS.indexOf(p.field())))
                .toList();
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
