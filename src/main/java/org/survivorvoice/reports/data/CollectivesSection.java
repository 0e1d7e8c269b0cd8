package org.survivorvoice.reports.data;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.survivorvoice.collective.CollectiveFigureQueries;
import org.survivorvoice.collective.CollectiveFigureQueries.CollectiveFacts;
import org.survivorvoice.collective.CollectiveFigureQueries.GroupFigures;
import org.survivorvoice.collective.CollectiveLevel;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;

/**
 * The Collectives sheet of one edition: the collectives that worked in the quarter grouped by level
 * and district (regional and state collectives by their state), the exact figures of {@link
 * CollectiveFigureQueries} published through {@link DisclosurePolicy#roundedTotal}. Funders get
 * every group; an official the collectives of her district and every collective above them (their
 * parents, up the chain), so that she sees the network her district's collectives belong to.
 */
final class CollectivesSection {

    /** A row's key: the level and the area it groups by. */
    private record Key(CollectiveLevel level, long areaId) {}

    private final Quarter period;
    private final Optional<Long> district;
    private final CollectiveFigureQueries queries;
    private final DirectoryQueries directory;
    private final ZoneId zone;
    private final boolean verifiedOnly;

    CollectivesSection(
            Edition edition,
            CollectiveFigureQueries queries,
            DirectoryQueries directory,
            ZoneId zone) {
        this.period = edition.period;
        this.district = edition.district;
        this.queries = queries;
        this.directory = directory;
        this.zone = zone;
        this.verifiedOnly = edition.verifiedOnly();
    }

    CollectivesSheet collectives() {
        List<CollectiveFacts> all = queries.collectives(period);
        List<CollectiveFacts> shown = district.map(d -> ofDistrict(all, d)).orElse(all);
        Map<Long, Key> groupOf = new LinkedHashMap<>();
        Set<Long> activeAtEnd = new HashSet<>();
        for (CollectiveFacts c : shown) {
            groupOf.put(
                    c.id(),
                    new Key(c.level(), c.level().withinDistrict() ? c.districtId() : c.stateId()));
            if (c.activeAtEnd()) {
                activeAtEnd.add(c.id());
            }
        }
        Map<Key, GroupFigures> figures =
                queries.figures(period, zone, verifiedOnly, groupOf, activeAtEnd);
        Map<Long, String> names = new HashMap<>();
        List<CollectivesSheet.Row> rows = new ArrayList<>();
        List<Key> keys = new ArrayList<>(figures.keySet());
        keys.sort(
                Comparator.comparing(Key::level)
                        .thenComparing(k -> name(names, k.areaId()))
                        .thenComparing(Key::areaId));
        for (Key key : keys) {
            GroupFigures f = figures.get(key);
            rows.add(
                    new CollectivesSheet.Row(
                            key.level().name(),
                            name(names, key.areaId()),
                            f.collectives(),
                            DisclosurePolicy.roundedTotal(f.members()),
                            DisclosurePolicy.roundedTotal(f.enrolledThroughPeers()),
                            DisclosurePolicy.roundedTotal(f.memberRatings()),
                            DisclosurePolicy.roundedTotal(f.membersReceived())));
        }
        return new CollectivesSheet(rows);
    }

    /** The district's collectives and every collective above them. */
    private static List<CollectiveFacts> ofDistrict(List<CollectiveFacts> all, long district) {
        Map<Long, CollectiveFacts> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        Set<Long> kept = new HashSet<>();
        for (CollectiveFacts c : all) {
            if (c.districtId() != null && c.districtId() == district) {
                CollectiveFacts up = c;
                // up the parent chain, to the top or to where an earlier walk went
                while (up != null && kept.add(up.id())) {
                    up = up.parentId() == null ? null : byId.get(up.parentId());
                }
            }
        }
        return all.stream().filter(c -> kept.contains(c.id())).toList();
    }

    private String name(Map<Long, String> names, long areaId) {
        return names.computeIfAbsent(
                areaId, id -> directory.areaName(id).orElse(String.valueOf(id)));
    }
}
