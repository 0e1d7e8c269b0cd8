package org.survivorvoice.collective;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffUser;
import org.survivorvoice.survivor.Identification;
import org.survivorvoice.survivor.IdentifiedThrough;

/**
 * Answers enrolment's "identified through" (in the enrolment's transaction): the collective must be
 * active and cover her district, the peer leader an active field worker who leads it. A peer leader
 * named alone is recorded with the collective she leads that covers the survivor's district, the
 * lowest level first, so that every enrolment through a peer counts for one collective on the MIS.
 */
@ApplicationScoped
public class CollectiveIdentification implements Identification {

    private static final String COLLECTIVE = "identifiedThrough.collectiveId";
    private static final String PEER_LEADER = "identifiedThrough.peerLeaderId";

    @Override
    public IdentifiedThrough resolve(IdentifiedThrough given, long districtId) {
        long stateId = CollectiveQueries.stateOf(districtId);
        Collective collective = null;
        if (given.collectiveId() != null) {
            collective = Collective.findById(given.collectiveId());
            if (collective == null
                    || !collective.active()
                    || !collective.covers(districtId, stateId)) {
                throw new InvalidInputException(
                        COLLECTIVE, "must be an active collective where she lives");
            }
        }
        if (given.peerLeaderId() == null) {
            return new IdentifiedThrough(collective.id, null);
        }
        StaffUser leader = StaffUser.findById(given.peerLeaderId());
        if (leader == null || !leader.active || !Roles.FIELDWORKER.equals(leader.role)) {
            throw new InvalidInputException(PEER_LEADER, "must be an active field worker");
        }
        if (collective != null) {
            if (!CollectivePeerLeader.leads(leader.id, collective)) {
                throw new InvalidInputException(PEER_LEADER, "does not lead the collective named");
            }
            return new IdentifiedThrough(collective.id, leader.id);
        }
        List<Collective> led =
                CollectivePeerLeader.<CollectivePeerLeader>list("user.id", leader.id).stream()
                        .map(l -> l.collective)
                        .filter(c -> c.active() && c.covers(districtId, stateId))
                        .sorted(
                                Comparator.comparing((Collective c) -> c.level.ordinal())
                                        .thenComparing(c -> c.id))
                        .toList();
        if (led.isEmpty()) {
            throw new InvalidInputException(
                    PEER_LEADER, "leads no active collective where she lives");
        }
        return new IdentifiedThrough(led.get(0).id, leader.id);
    }
}
