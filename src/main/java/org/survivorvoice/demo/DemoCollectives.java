package org.survivorvoice.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.survivorvoice.area.Area;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.collective.Collective;
import org.survivorvoice.collective.CollectiveLevel;
import org.survivorvoice.collective.CollectiveMember;
import org.survivorvoice.collective.CollectivePeerLeader;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffUser;
import org.survivorvoice.survivor.Survivor;

/**
 * The demo programme's survivor collectives, written once after the demo programme loaded: in each
 * state a state collective (Andhra Pradesh's network with a regional collective between state and
 * districts, as it grows there), a district collective in each of the three districts with the most
 * demo survivors, and a site collective in each of those districts' two busiest blocks. Each site
 * has a peer leader, a demo field-worker account {@code peer-<district>} (password {@value
 * DemoAccounts#PASSWORD}); the demo {@code fieldworker} leads North 24 Parganas' collective. About
 * two in five survivors of a site's block are members (one in ten of them of the district
 * collective too, one in eight having left again), and about one in six was identified through the
 * site or its peer leader. Deterministic: survivors are picked by their id, so a fresh demo always
 * looks the same.
 */
@ApplicationScoped
public class DemoCollectives {

    private static final String WEST_BENGAL = "West Bengal";
    private static final String ANDHRA_PRADESH = "Andhra Pradesh";

    private final EntityManager em;
    private final Clock clock;
    private final ZoneId zone;

    public DemoCollectives(EntityManager em, Clock clock, SurvivorVoiceConfig config) {
        this.em = em;
        this.clock = clock;
        this.zone = config.timeZone();
    }

    /** A survivor of a block: her id, and the day she was enrolled. */
    private record Her(long id, LocalDate enrolled) {}

    /**
     * Writes the collectives of West Bengal and Andhra Pradesh (the demo's states). Returns how
     * many it wrote.
     */
    @Transactional
    public int write() {
        List<Long> states = new ArrayList<>();
        for (String name : List.of(WEST_BENGAL, ANDHRA_PRADESH)) {
            Area state = Area.find("level = ?1 and name = ?2", AreaLevel.STATE, name).firstResult();
            if (state != null) {
                states.add(state.id);
            }
        }
        return write(states);
    }

    /**
     * Writes the collectives of the states, each only when it has none yet (a second start writes
     * nothing); a state named Andhra Pradesh gets a regional collective. Returns how many it wrote.
     */
    @Transactional
    int write(List<Long> stateIds) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate formed = today.minusYears(2);
        int written = 0;
        for (long stateId : stateIds) {
            Area state = Area.findById(stateId);
            if (Collective.count("stateId", stateId) > 0) {
                continue;
            }
            String stateName = state.name;
            Collective top =
                    collective(
                            stateName + " survivors' network",
                            CollectiveLevel.STATE,
                            state,
                            null,
                            formed);
            Collective above = top;
            if (stateName.equals(ANDHRA_PRADESH)) {
                above =
                        collective(
                                "Coastal Andhra survivors' forum",
                                CollectiveLevel.REGIONAL,
                                state,
                                top,
                                formed);
                written++;
            }
            written++;
            for (Area district : busiestDistricts(state.id)) {
                Collective forum =
                        collective(
                                district.name + " district collective",
                                CollectiveLevel.DISTRICT,
                                district,
                                above,
                                formed.plusMonths(2));
                written++;
                StaffUser leader = peerLeader(district);
                if (district.name.equals(DemoAccounts.OFFICIAL_DISTRICT)) {
                    StaffUser fieldworker = StaffUser.findByUsername(Roles.FIELDWORKER);
                    if (fieldworker != null) {
                        lead(forum, fieldworker);
                    }
                }
                for (Area block : busiestBlocks(district.id)) {
                    Collective site =
                            collective(
                                    block.name + " survivors' collective",
                                    CollectiveLevel.SITE,
                                    block,
                                    forum,
                                    formed.plusMonths(4));
                    written++;
                    lead(site, leader);
                    members(site, forum, leader, block.id, today);
                }
            }
        }
        Log.infof("Demo collectives written: %d", written);
        return written;
    }

    private static Collective collective(
            String name, CollectiveLevel level, Area area, Collective parent, LocalDate formed) {
        Collective c = new Collective();
        c.name = name;
        c.level = level;
        c.area = area;
        c.districtId = level.withinDistrict() ? area.district().orElseThrow().id : null;
        Area state = area;
        while (state.level != AreaLevel.STATE) {
            state = state.parent;
        }
        c.stateId = state.id;
        c.parent = parent;
        c.formedOn = formed;
        c.persist();
        return c;
    }

    /** The district's demo peer leader, a field worker bound to it. */
    private static StaffUser peerLeader(Area district) {
        String username =
                "peer-"
                        + district.name
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9]+", "-")
                                .replaceAll("(^-|-$)", "");
        StaffUser user = StaffUser.findByUsername(username);
        if (user == null) {
            user = new StaffUser();
            user.username = username;
            user.passwordHash = BcryptUtil.bcryptHash(DemoAccounts.PASSWORD);
            user.role = Roles.FIELDWORKER;
            user.districtId = district.id;
            user.active = true;
            user.persist();
        }
        return user;
    }

    private static void lead(Collective collective, StaffUser user) {
        CollectivePeerLeader leader = new CollectivePeerLeader();
        leader.collective = collective;
        leader.user = user;
        leader.persist();
    }

    /** Memberships and "identified through" of the block's survivors, picked by their id. */
    private void members(
            Collective site, Collective forum, StaffUser leader, long blockId, LocalDate today) {
        for (Her her : survivorsOf(blockId)) {
            long pick = her.id() * 2_654_435_761L % 100;
            if (pick < 17) {
                Survivor survivor = Survivor.findById(her.id());
                survivor.identifiedCollectiveId = site.id;
                survivor.identifiedPeerLeaderId = pick < 12 ? leader.id : null;
            }
            if (pick >= 40) {
                continue;
            }
            LocalDate joined = later(her.enrolled(), site.formedOn).plusDays(pick % 20);
            if (joined.isAfter(today)) {
                // enrolled in the last days: she joins today
                joined = today;
            }
            member(
                    site,
                    her.id(),
                    joined,
                    pick % 8 == 7 ? joined.plusDays(60 + pick) : null,
                    today);
            if (pick % 10 == 3) {
                member(forum, her.id(), joined.plusDays(30), null, today);
            }
        }
    }

    private void member(
            Collective c, long survivor, LocalDate joined, LocalDate left, LocalDate today) {
        if (joined.isAfter(today)) {
            return;
        }
        CollectiveMember m = new CollectiveMember();
        m.collective = c;
        m.survivor = Survivor.findById(survivor);
        m.consentedAt = joined.atStartOfDay(zone).toInstant();
        m.joinedOn = joined;
        m.leftOn = left == null || left.isAfter(today) ? null : left;
        m.recordedBy = Roles.FIELDWORKER;
        m.persist();
    }

    private List<Area> busiestDistricts(long stateId) {
        List<?> ids =
                em.createNativeQuery(
                                "SELECT s.district_id FROM survivor s JOIN area d ON d.id ="
                                        + " s.district_id WHERE d.parent_id = :state GROUP BY"
                                        + " s.district_id ORDER BY COUNT(*) DESC, s.district_id"
                                        + " LIMIT 3")
                        .setParameter("state", stateId)
                        .getResultList();
        return ids.stream().map(id -> Area.<Area>findById(((Number) id).longValue())).toList();
    }

    private List<Area> busiestBlocks(long districtId) {
        List<?> ids =
                em.createNativeQuery(
                                "SELECT b.id FROM survivor s JOIN area a ON a.id = s.area_id JOIN"
                                    + " area b ON b.id = CASE WHEN a.level = 'BLOCK' THEN a.id ELSE"
                                    + " a.parent_id END WHERE s.district_id = :d AND b.level ="
                                    + " 'BLOCK' GROUP BY b.id ORDER BY COUNT(*) DESC, b.id LIMIT 2")
                        .setParameter("d", districtId)
                        .getResultList();
        return ids.stream().map(id -> Area.<Area>findById(((Number) id).longValue())).toList();
    }

    private List<Her> survivorsOf(long blockId) {
        List<?> rows =
                em.createNativeQuery(
                                "SELECT s.id, s.created_at FROM survivor s JOIN area a ON a.id ="
                                        + " s.area_id WHERE a.id = :b OR a.parent_id = :b ORDER BY"
                                        + " s.id")
                        .setParameter("b", blockId)
                        .getResultList();
        List<Her> hers = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Instant at =
                    r[1] instanceof Timestamp t
                            ? t.toInstant()
                            : r[1] instanceof java.time.LocalDateTime l
                                    ? l.atZone(java.time.ZoneOffset.UTC).toInstant()
                                    : (Instant) r[1];
            hers.add(new Her(((Number) r[0]).longValue(), LocalDate.ofInstant(at, zone)));
        }
        return hers;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
