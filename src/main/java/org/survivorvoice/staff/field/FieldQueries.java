package org.survivorvoice.staff.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.area.Area;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.encounter.ServiceType;
import org.survivorvoice.security.StaffContext;

/** The choices the field worker's forms offer: where a survivor may live, which services. */
@ApplicationScoped
public class FieldQueries {

    /** A choice of a select list: the value sent and the label shown. */
    public record Choice(String value, String label) {}

    private final StaffContext staff;

    public FieldQueries(StaffContext staff) {
        this.staff = staff;
    }

    /**
     * The areas a survivor may be enrolled in by the caller, labelled with their path from the
     * district ("North 24 Parganas › Barasat I"): her district and the areas within it when she is
     * bound to one, else every district and area below.
     */
    @Transactional
    public List<Choice> enrolmentAreas() {
        Optional<Long> district = staff.districtScope();
        List<Area> areas =
                district.isPresent()
                        ? Area.list(
                                "id = ?1 or parent.id = ?1 or parent.parent.id = ?1",
                                district.get())
                        : Area.list("level <> ?1", AreaLevel.STATE);
        List<Choice> choices = new ArrayList<>();
        for (Area area : areas) {
            List<String> path = new ArrayList<>();
            for (Area a = area; a != null && a.level != AreaLevel.STATE; a = a.parent) {
                path.add(0, a.name);
            }
            choices.add(new Choice(area.id.toString(), String.join(" › ", path)));
        }
        choices.sort(Comparator.comparing(Choice::label).thenComparing(Choice::value));
        return choices;
    }

    /** The name of the service type with the code, or the code when there is none. */
    @Transactional
    public String serviceTypeName(String code) {
        ServiceType type = ServiceType.findByCode(code);
        return type == null ? code : type.name;
    }

    /** The service types, by name. */
    @Transactional
    public List<Choice> serviceTypes() {
        return ServiceType.<ServiceType>listAll().stream()
                .map(t -> new Choice(t.code, t.name))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
    }
}
