package org.survivorvoice.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;
import java.util.Optional;
import org.survivorvoice.common.error.ForbiddenScopeException;
import org.survivorvoice.common.error.NotFoundException;

/**
 * Who is calling and which district she is limited to. Every service that touches a district-bound
 * object asks this before reading or writing it.
 */
@RequestScoped
public class StaffContext {

    private final SecurityIdentity identity;

    public StaffContext(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's user name, or {@code system} for work done without a caller. */
    public String actor() {
        return identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    /** Whether the caller has the role. */
    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The district the caller is limited to; empty when she may see every district. */
    public Optional<Long> districtScope() {
        Long district = identity.getAttribute(StaffIdentityAugmentor.DISTRICT);
        return Optional.ofNullable(district);
    }

    /**
     * Passes when the object's district is within the caller's scope, else throws a 404 as if the
     * object did not exist, so other districts' ids cannot be probed.
     */
    public void requireVisible(long objectDistrictId, String what) {
        Optional<Long> scope = districtScope();
        if (scope.isPresent() && !Objects.equals(scope.get(), objectDistrictId)) {
            throw new NotFoundException(what);
        }
    }

    /**
     * The district a list may cover: the caller's own when she is bound to one (403 when she asks
     * for another), else what she asked for.
     */
    public Optional<Long> listDistrict(Long requested) {
        Optional<Long> scope = districtScope();
        if (scope.isEmpty()) {
            return Optional.ofNullable(requested);
        }
        if (requested != null && !requested.equals(scope.get())) {
            throw new ForbiddenScopeException("You can only see your own district.");
        }
        return scope;
    }
}
