package org.survivorvoice.collective;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A collective as admins see it: no member is named, {@code members} counts her open memberships.
 *
 * @param districtId the district of a site or district collective; null above
 * @param parentId the collective one level up; null when it has none (yet)
 */
public record CollectiveView(
        Long id,
        String name,
        CollectiveLevel level,
        Long areaId,
        String areaName,
        @Schema(nullable = true) Long districtId,
        Long stateId,
        @Schema(nullable = true) Long parentId,
        LocalDate formedOn,
        boolean active,
        long members,
        List<PeerLeaderView> peerLeaders) {

    public CollectiveView {
        peerLeaders = List.copyOf(peerLeaders);
    }
}
