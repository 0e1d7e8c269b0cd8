package org.survivorvoice.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.survivorvoice.area.AreaLevel;

/** The gazetteer laid out as the demo programme's area list, with look-ups the generator needs. */
final class AreaTree {

    /** A district's places, by position in the area list. */
    record DistrictPlaces(
            int stateIndex,
            Gazetteer.State state,
            Gazetteer.District district,
            int areaIndex,
            List<BlockPlaces> blocks) {

        /** A random block of the district. */
        BlockPlaces anyBlock(SplittableRandom random) {
            return blocks.get(random.nextInt(blocks.size()));
        }
    }

    /** A block's places, by position in the area list. */
    record BlockPlaces(Gazetteer.Block block, int areaIndex, int[] gramPanchayatIndexes) {

        /** Position of a random gram panchayat of the block. */
        int anyGramPanchayat(SplittableRandom random) {
            return gramPanchayatIndexes[random.nextInt(gramPanchayatIndexes.length)];
        }
    }

    private final List<DemoArea> areas = new ArrayList<>();
    private final List<DistrictPlaces> districts = new ArrayList<>();
    private final int totalWeight;

    AreaTree(List<Gazetteer.State> states) {
        int weight = 0;
        for (int s = 0; s < states.size(); s++) {
            Gazetteer.State state = states.get(s);
            int stateIndex = add(state.name(), AreaLevel.STATE, -1, -1);
            for (Gazetteer.District district : state.districts()) {
                int districtIndex = areas.size();
                add(district.name(), AreaLevel.DISTRICT, stateIndex, districtIndex);
                List<BlockPlaces> blocks = new ArrayList<>();
                for (Gazetteer.Block block : district.blocks()) {
                    int blockIndex =
                            add(block.name(), AreaLevel.BLOCK, districtIndex, districtIndex);
                    int[] gps = new int[block.gramPanchayats().size()];
                    for (int g = 0; g < gps.length; g++) {
                        gps[g] =
                                add(
                                        block.gramPanchayats().get(g),
                                        AreaLevel.GRAM_PANCHAYAT,
                                        blockIndex,
                                        districtIndex);
                    }
                    blocks.add(new BlockPlaces(block, blockIndex, gps));
                }
                districts.add(
                        new DistrictPlaces(s, state, district, districtIndex, List.copyOf(blocks)));
                weight += district.weight();
            }
        }
        this.totalWeight = weight;
    }

    List<DemoArea> areas() {
        return List.copyOf(areas);
    }

    List<DistrictPlaces> districts() {
        return districts;
    }

    /** A district drawn in proportion to the programme's weight there. */
    DistrictPlaces weightedDistrict(SplittableRandom random) {
        int pick = random.nextInt(totalWeight);
        for (DistrictPlaces d : districts) {
            pick -= d.district().weight();
            if (pick < 0) {
                return d;
            }
        }
        throw new IllegalStateException("district weights do not add up");
    }

    /** The district whose area list position this is. */
    DistrictPlaces districtAt(int areaIndex) {
        for (DistrictPlaces d : districts) {
            if (d.areaIndex() == areaIndex) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a district position: " + areaIndex);
    }

    private int add(String name, AreaLevel level, int parentIndex, int districtIndex) {
        int index = areas.size();
        areas.add(new DemoArea(index, name, level, parentIndex, districtIndex));
        return index;
    }
}
