package org.survivorvoice.safetydesk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;

/**
 * Who may see a safety case: admins, and field workers of its district (a field worker bound to no
 * district covers them all). Never an official or a funder, whatever a resource lets through: the
 * person she names may be the official. Anyone else gets 404, as if the case did not exist.
 */
@ApplicationScoped
public class CaseAccess {

    private final StaffContext staff;

    public CaseAccess(StaffContext staff) {
        this.staff = staff;
    }

    /** Passes when the caller may see the case, else 404. */
    public void requireVisible(SafetyCase safetyCase) {
        Scope scope = scope();
        if (!scope.covers(safetyCase.district == null ? null : safetyCase.district.id)) {
            throw new NotFoundException("safety case");
        }
    }

    /** The cases the caller may see; 404 for a caller who may see none. */
    public Scope scope() {
        if (staff.hasRole(Roles.ADMIN)) {
            return new Scope(Optional.empty());
        }
        if (staff.hasRole(Roles.FIELDWORKER)) {
            return new Scope(staff.districtScope());
        }
        throw new NotFoundException("safety case");
    }

    /**
     * The district a caller's cases lie in; empty for every case (cases without a district
     * included).
     */
    public record Scope(Optional<Long> district) {

        /** Whether a case of this district (null: unknown) is in scope. */
        public boolean covers(Long caseDistrict) {
            return district.isEmpty() || district.get().equals(caseDistrict);
        }
    }
}
