package org.survivorvoice.demo;

import org.survivorvoice.area.AreaLevel;

/**
 * An area of the demo programme. Areas refer to each other by their position in the programme's
 * area list; the writer turns positions into database ids.
 *
 * @param index position in the area list
 * @param name the place's name
 * @param level state, district, block or gram panchayat
 * @param parentIndex position of the parent area, or -1 for a state
 * @param districtIndex position of the district the area lies in, or -1 for a state
 */
public record DemoArea(
        int index, String name, AreaLevel level, int parentIndex, int districtIndex) {}
