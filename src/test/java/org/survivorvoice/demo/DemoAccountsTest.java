package org.survivorvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.security.StaffUser;

@QuarkusTest
class DemoAccountsTest {

    @Inject DemoAccounts accounts;

    @Test
    void theDevStartupObserverDoesNotExistOutsideTheDevProfile() {
        assertThat(Arc.container().select(DemoStartup.class).isResolvable()).isFalse();
    }

    @Test
    void createsOneAccountPerRoleOnceWithTheOfficialInNorth24Parganas() {
        long district = north24Parganas();

        assertThat(accounts.ensure()).isEqualTo(DemoAccounts.USERNAMES);
        String adminHash = passwordHash("admin");
        String officialHash = passwordHash("official");
        assertThat(accounts.ensure()).isEqualTo(DemoAccounts.USERNAMES);
        assertThat(passwordHash("official"))
                .as("an existing account is left as it was")
                .isEqualTo(officialHash);

        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            for (String name : DemoAccounts.USERNAMES) {
                                StaffUser user = StaffUser.findByUsername(name);
                                assertThat(user.role).isEqualTo(name);
                                assertThat(user.active).isTrue();
                                assertThat(BcryptUtil.matches("demo", user.passwordHash)).isTrue();
                            }
                            StaffUser official = StaffUser.findByUsername("official");
                            Area bound = Area.findById(official.districtId);
                            assertThat(bound.name).isEqualTo("North 24 Parganas");
                            assertThat(bound.level).isEqualTo(AreaLevel.DISTRICT);
                            assertThat(official.districtId).isEqualTo(district);
                            assertThat(StaffUser.findByUsername("admin").districtId).isNull();
                        });
        assertThat(passwordHash("admin")).isEqualTo(adminHash);
        RestAssured.given()
                .auth()
                .preemptive()
                .basic("official", "demo")
                .get("/api/v1/providers?district=" + officialDistrict())
                .then()
                .statusCode(200);
    }

    /** The district the official is bound to: the first one so named, made here if absent. */
    private static long north24Parganas() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            Area existing =
                                    Area.find(
                                                    "level = ?1 and name = ?2 order by id",
                                                    AreaLevel.DISTRICT,
                                                    DemoAccounts.OFFICIAL_DISTRICT)
                                            .firstResult();
                            if (existing != null) {
                                return existing.id;
                            }
                            Area state = new Area();
                            state.name = "West Bengal";
                            state.level = AreaLevel.STATE;
                            state.persist();
                            Area district = new Area();
                            district.name = DemoAccounts.OFFICIAL_DISTRICT;
                            district.level = AreaLevel.DISTRICT;
                            district.parent = state;
                            district.persist();
                            return district.id;
                        });
    }

    private static long officialDistrict() {
        return QuarkusTransaction.requiringNew()
                .call(() -> StaffUser.findByUsername("official").districtId);
    }

    private static String passwordHash(String username) {
        return QuarkusTransaction.requiringNew()
                .call(() -> StaffUser.findByUsername(username).passwordHash);
    }
}
