package org.survivorvoice.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The real places of the demo programme: two states where community-based rehabilitation of
 * trafficking survivors runs, with real districts, blocks (mandals in Andhra Pradesh) and a handful
 * of their gram panchayats, and each district's main public hospitals.
 *
 * <p>Each state lists its places as text, one district line followed by indented lines:
 *
 * <pre>
 * North 24 Parganas | Barasat | 3              district | headquarters | weight
 *   hospitals: Barasat District Hospital; ...  its main hospitals
 *   Basirhat I (Basirhat): Pifa, ...           block (town of its police station): panchayats
 * </pre>
 */
public final class Gazetteer {

    private Gazetteer() {}

    /** Both states of the demo programme, West Bengal first. */
    public static List<State> states() {
        return List.of(WestBengalGazetteer.STATE, AndhraPradeshGazetteer.STATE);
    }

    /**
     * A state programme.
     *
     * @param name the state's name
     * @param language the state language most survivors speak ({@code bn}, {@code te})
     * @param districts its districts
     */
    public record State(String name, String language, List<District> districts) {}

    /**
     * A district.
     *
     * @param name the district's name
     * @param headquarters the district headquarters town
     * @param weight how many survivors and providers the programme has there, relative to others
     * @param hospitals the district's main public hospitals (district, sub-divisional, area)
     * @param blocks its community development blocks or mandals
     */
    public record District(
            String name,
            String headquarters,
            int weight,
            List<String> hospitals,
            List<Block> blocks) {}

    /**
     * A community development block (West Bengal) or mandal (Andhra Pradesh).
     *
     * @param name the block's name
     * @param town the town whose police station and hospital serve the block
     * @param gramPanchayats some of its gram panchayats
     */
    public record Block(String name, String town, List<String> gramPanchayats) {}

    /** Reads a state's districts from the text form described on this class. */
    static List<District> parse(String text) {
        List<District> districts = new ArrayList<>();
        String[] head = null;
        List<String> hospitals = List.of();
        List<Block> blocks = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                if (head != null) {
                    districts.add(district(head, hospitals, blocks));
                }
                head = line.split("\\|");
                hospitals = List.of();
                blocks = new ArrayList<>();
            } else if (line.strip().startsWith("hospitals:")) {
                hospitals = items(line.strip().substring("hospitals:".length()), ";");
            } else {
                blocks.add(block(line.strip()));
            }
        }
        if (head != null) {
            districts.add(district(head, hospitals, blocks));
        }
        return List.copyOf(districts);
    }

    private static District district(String[] head, List<String> hospitals, List<Block> blocks) {
        if (head.length != 3 || hospitals.isEmpty() || blocks.isEmpty()) {
            throw new IllegalStateException("Incomplete district in gazetteer: " + head[0]);
        }
        return new District(
                head[0].strip(),
                head[1].strip(),
                Integer.parseInt(head[2].strip()),
                hospitals,
                List.copyOf(blocks));
    }

    private static Block block(String line) {
        int open = line.indexOf('(');
        int close = line.indexOf("):");
        if (open < 0 || close < open) {
            throw new IllegalStateException("Not a block line in gazetteer: " + line);
        }
        return new Block(
                line.substring(0, open).strip(),
                line.substring(open + 1, close).strip(),
                items(line.substring(close + 2), ","));
    }

    private static List<String> items(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).toList();
    }
}
