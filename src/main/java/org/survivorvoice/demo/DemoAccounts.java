package org.survivorvoice.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
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
     * Creates the demo accounts that do not exist yet and leaves existing ones untouched. The
     * official is skipped, with a warning, when the database has no {@value #OFFICIAL_DISTRICT}
     * district (providers were added by hand before the demo programme could load).
     *
     * @return the demo accounts that exist afterwards, in {@link #USERNAMES} order
     */
    @Transactional
    public List<String> ensure() {
        List<String> present = new ArrayList<>();
        for (String role : USERNAMES) {
            if (StaffUser.findByUsername(role) == null) {
                Long districtId = null;
                if (Roles.OFFICIAL.equals(role)) {
                    Area district = officialDistrict();
                    if (district == null) {
                        Log.warnf(
                                "Demo user %s not created: no %s district",
                                role, OFFICIAL_DISTRICT);
                        continue;
                    }
                    districtId = district.id;
                }
                StaffUser user = new StaffUser();
                user.username = role;
                user.passwordHash = BcryptUtil.bcryptHash(PASSWORD);
                user.role = role;
                user.districtId = districtId;
                user.active = true;
                user.persist();
            }
            present.add(role);
        }
        return present;
    }

    private static Area officialDistrict() {
        return Area.find(
                        "level = ?1 and name = ?2 order by id",
                        AreaLevel.DISTRICT,
                        OFFICIAL_DISTRICT)
                .firstResult();
    }
}
