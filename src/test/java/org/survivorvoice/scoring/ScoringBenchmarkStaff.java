package org.survivorvoice.scoring;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.survivorvoice.security.StaffUser;
import org.survivorvoice.testing.Fixtures;

/**
 * A staff account whose password is hashed at bcrypt's default cost (10), as DemoAccounts and real
 * accounts are. Test fixtures hash at cost 4 to keep the suite fast, which makes each HTTP Basic
 * request cheaper than it is for a real user; {@link ScoringBenchmark} times both.
 */
@ApplicationScoped
class ScoringBenchmarkStaff {

    /** A new active user of the role in the district, password {@link Fixtures#PASSWORD}. */
    @Transactional
    String withDefaultBcryptCost(String role, Long districtId) {
        StaffUser user = new StaffUser();
        user.username = role + "-cost10-" + UUID.randomUUID().toString().substring(0, 8);
        user.passwordHash = BcryptUtil.bcryptHash(Fixtures.PASSWORD);
        user.role = role;
        user.districtId = districtId;
        user.active = true;
        user.persist();
        return user.username;
    }
}
