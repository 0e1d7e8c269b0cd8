package org.survivorvoice.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Survivors by district and state, to pick who met a provider: mostly someone from the provider's
 * district, sometimes from elsewhere in the state (she was rescued or treated away from home).
 */
final class SurvivorIndex {

    /** Share of encounters with a provider of the survivor's own district. */
    private static final double SAME_DISTRICT = 0.9;

    private final List<DemoArea> areas;
    private final Map<Integer, int[]> byDistrict = new HashMap<>();
    private final Map<Integer, int[]> byState = new HashMap<>();
    private final int size;

    SurvivorIndex(List<DemoArea> areas, List<DemoSurvivor> survivors) {
        Map<Integer, List<Integer>> districts = new HashMap<>();
        Map<Integer, List<Integer>> states = new HashMap<>();
        for (DemoSurvivor s : survivors) {
            districts.computeIfAbsent(s.districtIndex(), k -> new ArrayList<>()).add(s.index());
            int state = areas.get(s.districtIndex()).parentIndex();
            states.computeIfAbsent(state, k -> new ArrayList<>()).add(s.index());
        }
        districts.forEach((k, v) -> byDistrict.put(k, toArray(v)));
        states.forEach((k, v) -> byState.put(k, toArray(v)));
        this.size = survivors.size();
        this.areas = areas;
    }

    /** Number of survivors. */
    int size() {
        return size;
    }

    /** A survivor who plausibly dealt with the provider. */
    int near(DemoProvider provider, SplittableRandom random) {
        int[] local = byDistrict.get(provider.districtIndex());
        if (local != null && random.nextDouble() < SAME_DISTRICT) {
            return local[random.nextInt(local.length)];
        }
        int[] state = byState.get(areas.get(provider.districtIndex()).parentIndex());
        if (state != null) {
            return state[random.nextInt(state.length)];
        }
        return random.nextInt(size);
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
