package org.survivorvoice.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.survivorvoice.area.Area;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffUser;

/**
 * The demo's staff accounts: one per role, named after the role, all with the password {@value
 * #PASSWORD}; the official is bound to {@value #OFFICIAL_DISTRICT}, the district with the most demo
 * data. Only {@link DemoStartup}, which exists in the dev profile alone, calls this.
 */
@ApplicationScoped
public class DemoAccounts {

    /** Password of every demo account. */
    public static final String PASSWORD = "demo";

    /** District the demo official is bound to. */
    public static final String OFFICIAL_DISTRICT = "North 24 Parganas";

    /** The demo accounts, in the order they are reported. */
    static final List<String> USERNAMES =
            List.of(Roles.ADMIN, Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER);

    /**
     * Creates the demo accounts that do not exist yet and leaves existing ones untouched.
     *
     * @return the user names created
     */
    @Transactional
    public List<String> ensure() {
        List<String> created = new ArrayList<>();
        for (String role : USERNAMES) {
            if (StaffUser.findByUsername(role) != null) {
                continue;
            }
            StaffUser user = new StaffUser();
            user.username = role;
            user.passwordHash = BcryptUtil.bcryptHash(PASSWORD);
            user.role = role;
            user.districtId = Roles.OFFICIAL.equals(role) ? officialDistrict().id : null;
            user.active = true;
            user.persist();
            created.add(role);
        }
        return created;
    }

    private static Area officialDistrict() {
        Area district =
                Area.find(
                                "level = ?1 and name = ?2 order by id",
                                AreaLevel.DISTRICT,
                                OFFICIAL_DISTRICT)
                        .firstResult();
        if (district == null) {
            throw new IllegalStateException(
                    "No " + OFFICIAL_DISTRICT + " district to bind the demo official to");
        }
        return district;
    }
}
