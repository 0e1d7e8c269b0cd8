package org.survivorvoice.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.survivorvoice.common.error.ConflictException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.error.RuleViolatedException;
import org.survivorvoice.common.error.Violation;
import org.survivorvoice.common.persistence.NativeRow;

/**
 * Staff accounts as admins manage them: open one with a role and district, deactivate it, reset its
 * password. Each change writes an audit row; a reset or deactivation also makes the old password
 * fail on the very next request ({@link VerifiedPasswordCache} forgets it).
 */
@ApplicationScoped
public class StaffAccountService {

    /** Fewest characters of a staff password (NIST SP 800-63B asks for at least 8). */
    public static final int MIN_PASSWORD = 10;

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,80}");
    private static final Set<String> ROLES =
            Set.of(Roles.ADMIN, Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER);

    private final StaffContext staff;
    private final AuditService audit;
    private final VerifiedPasswordCache passwords;
    private final Event<StaffCredentialsChanged> changed;
    private final EntityManager em;
    private final Clock clock;

    public StaffAccountService(
            StaffContext staff,
            AuditService audit,
            VerifiedPasswordCache passwords,
            Event<StaffCredentialsChanged> changed,
            EntityManager em,
            Clock clock) {
        this.clock = clock;
        this.staff = staff;
        this.audit = audit;
        this.passwords = passwords;
        this.changed = changed;
        this.em = em;
    }

    /** Every account, by user name, with the name of its district. */
    @Transactional
    public List<StaffAccountView> list() {
        Map<Long, String> districts = districtNames();
        List<StaffAccountView> views = new ArrayList<>();
        for (StaffUser user : StaffUser.<StaffUser>listAll(Sort.by("username"))) {
            views.add(
                    new StaffAccountView(
                            user.id,
                            user.username,
                            user.role,
                            user.districtId,
                            user.districtId == null ? null : districts.get(user.districtId),
                            user.active));
        }
        return views;
    }

    /** Opens an account; 400 naming the field at fault, 409 when the user name is taken. */
    @Transactional
    public StaffAccountView create(NewStaffAccount request) {
        List<Violation> problems = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(
                    new Violation(
                            "username",
                            "3 to 80 lower-case letters, digits, dots, dashes or underscores"));
        }
        passwordProblem(request.password()).ifPresent(problems::add);
        String role = request.role();
        Long district = request.districtId();
        if (role == null || !ROLES.contains(role)) {
            problems.add(new Violation("role", "must be one of " + ROLES));
        } else if (Roles.OFFICIAL.equals(role) && district == null) {
            problems.add(new Violation("districtId", "an official is bound to a district"));
        } else if ((Roles.ADMIN.equals(role) || Roles.FUNDER.equals(role)) && district != null) {
            problems.add(new Violation("districtId", "admins and funders see every district"));
        }
        if (district != null && !isDistrict(district)) {
            problems.add(new Violation("districtId", "no such district"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // the column's collation ignores case, so "Asha" and "asha" would be one login
        if (StaffUser.count("lower(username) = ?1", username) > 0) {
            throw new ConflictException("A user with this name already exists.");
        }
        StaffUser user = new StaffUser();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(request.password());
        user.role = role;
        user.districtId = district;
        user.active = true;
        user.persist();
        audit.record("USER_CREATE", "app_user", user.id, role + " district=" + district);
        Log.infof("Staff account %d (%s) opened by %s", user.id, role, staff.actor());
        return new StaffAccountView(
                user.id,
                user.username,
                user.role,
                user.districtId,
                district == null ? null : districtNames().get(district),
                true);
    }

    /**
     * Closes an account: the user cannot log in again, with any password. An admin cannot close her
     * own account, so that the programme is never left without one by mistake.
     */
    @Transactional
    public void deactivate(long userId) {
        StaffUser user = require(userId);
        if (user.username.equalsIgnoreCase(staff.actor())) {
            throw new RuleViolatedException("You cannot deactivate your own account.");
        }
        if (!user.active) {
            return;
        }
        user.active = false;
        credentialsChanged(user);
        audit.record("USER_DEACTIVATE", "app_user", user.id, null);
    }

    /**
     * Gives the account a new password chosen by the admin. The old one stops working on the next
     * request, on every replica, and every session of the account ends.
     */
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        passwordProblem(newPassword)
                .ifPresent(
                        problem -> {
                            throw new InvalidInputException(List.of(problem));
                        });
        StaffUser user = require(userId);
        user.passwordHash = BcryptUtil.bcryptHash(newPassword);
        credentialsChanged(user);
        audit.record("USER_PASSWORD_RESET", "app_user", user.id, null);
    }

    private void credentialsChanged(StaffUser user) {
        // every session of the account ends, and on every replica a password verified before now
        // is checked again
        user.sessionsValidAfter = clock.instant();
        // now, for requests of this instance while the transaction is still open, and again once
        // it has ended, for a check that read the old hash before the commit
        passwords.evict(user.username);
        changed.fire(new StaffCredentialsChanged(user.username));
    }

    private static StaffUser require(long userId) {
        StaffUser user = StaffUser.findById(userId);
        if (user == null) {
            throw new NotFoundException("User " + userId);
        }
        return user;
    }

    private static Optional<Violation> passwordProblem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            return Optional.of(
                    new Violation("password", "at least " + MIN_PASSWORD + " characters"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of(
                    new Violation("password", "at most " + MAX_PASSWORD_BYTES + " bytes"));
        }
        return Optional.empty();
    }

    private boolean isDistrict(long areaId) {
        // security sits below area (area imports Roles), so the level is read without the entity
        return !em.createNativeQuery("SELECT id FROM area WHERE id = ?1 AND level = 'DISTRICT'")
                .setParameter(1, areaId)
                .getResultList()
                .isEmpty();
    }

    private Map<Long, String> districtNames() {
        Map<Long, String> names = new HashMap<>();
        for (NativeRow row :
                NativeRow.list(
                        em.createNativeQuery(
                                "SELECT id, name FROM area WHERE level = 'DISTRICT'"))) {
            names.put(row.longValue(0), row.string(1));
        }
        return names;
    }
}
