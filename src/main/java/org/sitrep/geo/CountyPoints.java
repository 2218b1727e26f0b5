package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Arrays;

/**
 * Second-level divisions ("Cuyahoga County", "Hampshire") as their towns place them: per division code
 * ("US.OH.035"), the middle of its towns' extent ({@link AreaPoints}), their population, and its largest town.
 */
final class CountyPoints {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private final AreaPoints points = new AreaPoints();
    private int[] largest = new int[64];
    private long[] largestPopulation = new long[64];

    /** A town at entry {@code entry} in division {@code area}.{@code admin2}; no division when admin2 is empty. */
    void add(String area, String admin2, double lat, double lon, long population, int entry) {
        if (admin2.isEmpty()) {
            return;
        }
        String code = area + "." + admin2;
        Integer id = ids.get(code);
        if (id == null) {
            id = codes.size();
            ids.put(code, id);
            codes.add(code);
            if (id == largest.length) {
                largest = Arrays.copyOf(largest, id * 2);
                largestPopulation = Arrays.copyOf(largestPopulation, id * 2);
            }
            largestPopulation[id] = -1;
        }
        points.add(id, lat, lon, population);
        if (population > largestPopulation[id]) {
            largestPopulation[id] = population;
            largest[id] = entry;
        }
    }

    interface Visitor {
        void visit(String code, double lat, double lon, long population, int largestEntry);
    }

    /** Each division in the order its first town came, so that a key's list is the same on every load. */
    void forEach(Visitor v) {
        for (int id = 0; id < codes.size(); id++) {
            v.visit(codes.get(id), points.latitude(id), points.longitude(id), points.population(id), largest[id]);
        }
    }
}
