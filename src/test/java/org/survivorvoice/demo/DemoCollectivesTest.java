package org.survivorvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.collective.Collective;
import org.survivorvoice.collective.CollectiveLevel;
import org.survivorvoice.collective.CollectiveMember;
import org.survivorvoice.collective.CollectivePeerLeader;
import org.survivorvoice.security.Roles;
import org.survivorvoice.survivor.Survivor;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.Staff;

/**
 * The demo's collectives in a state of its own: a state collective above the district collective, a
 * site for each of the district's two busiest blocks under it, each led by a field worker of the
 * district, a share of the blocks' survivors as members and some identified through a site; a
 * second start writes nothing.
 */
@QuarkusTest
class DemoCollectivesTest {

    @Inject DemoCollectives collectives;
    @Inject Fixtures fixtures;

    @Test
    void aStateGetsItsChainOfCollectivesPeerLeadersAndMembers() {
        Area district = fixtures.district();
        Area busy = fixtures.block(district.id);
        Area quieter = fixtures.block(district.id);
        Area quiet = fixtures.block(district.id);
        String admin = fixtures.user(Roles.ADMIN, null);
        for (int i = 0; i < 40; i++) {
            Staff.enrol(admin, busy.id, phone(district.id, i));
        }
        for (int i = 40; i < 60; i++) {
            Staff.enrol(admin, quieter.id, phone(district.id, i));
        }
        Staff.enrol(admin, quiet.id, phone(district.id, 60));

        int written = collectives.write(List.of(district.parent.id));

        assertThat(written).isEqualTo(4);
        Figures f = figures(district.parent.id, busy.id, quieter.id);
        assertThat(f.levels())
                .containsExactlyInAnyOrder(
                        CollectiveLevel.STATE,
                        CollectiveLevel.DISTRICT,
                        CollectiveLevel.SITE,
                        CollectiveLevel.SITE);
        assertThat(f.chainValid()).isTrue();
        assertThat(f.sitesLedByDistrictFieldWorkers()).isTrue();
        // about two in five of the blocks' 60 survivors, none from the quiet block
        assertThat(f.members()).isBetween(12L, 36L);
        assertThat(f.identified()).isBetween(3L, 20L);
        assertThat(collectives.write(List.of(district.parent.id))).isZero();
    }

    record Figures(
            List<CollectiveLevel> levels,
            boolean chainValid,
            boolean sitesLedByDistrictFieldWorkers,
            long members,
            long identified) {}

    @Transactional
    Figures figures(long state, long busy, long quieter) {
        List<Collective> all = Collective.list("stateId", state);
        boolean chain =
                all.stream()
                        .allMatch(
                                c ->
                                        switch (c.level) {
                                            case STATE -> c.parent == null;
                                            case DISTRICT ->
                                                    c.parent.level == CollectiveLevel.STATE;
                                            case SITE ->
                                                    c.parent.level == CollectiveLevel.DISTRICT
                                                            && c.parent.districtId.equals(
                                                                    c.districtId)
                                                            && (c.area.id == busy
                                                                    || c.area.id == quieter);
                                            case REGIONAL -> false;
                                        });
        boolean led =
                all.stream()
                        .filter(c -> c.level == CollectiveLevel.SITE)
                        .allMatch(
                                c ->
                                        CollectivePeerLeader.<CollectivePeerLeader>list(
                                                        "collective", c)
                                                .stream()
                                                .anyMatch(
                                                        l ->
                                                                l.user.role.equals(
                                                                                Roles.FIELDWORKER)
                                                                        && l.user.active
                                                                        && c.districtId.equals(
                                                                                l.user.districtId)));
        long members =
                CollectiveMember.count(
                        "collective.stateId = ?1 and collective.level = ?2",
                        state,
                        CollectiveLevel.SITE);
        long identified =
                Survivor.count(
                        "identifiedCollectiveId in (select c.id from Collective c where c.stateId"
                                + " = ?1)",
                        state);
        return new Figures(
                all.stream().map(c -> c.level).toList(), chain, led, members, identified);
    }

    private static String phone(long district, int i) {
        return "97"
                + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }
}
