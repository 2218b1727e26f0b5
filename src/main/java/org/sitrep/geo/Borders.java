package org.sitrep.geo;

import org.sitrep.lexicon.TsvReader;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Countries' land neighbours (country-borders.tsv): a town across the border of a story's country is plausible. */
final class Borders {
    private Borders() {
    }

    /**
     * Land borders (ISO 3166 alpha-2), from world-countries via scripts/build-gazetteer.py: a Syrian border
     * town is no leap for a story about Turkish shelling (ResolverScenarioTest).
     */
    private static final Map<String, Set<String>> BORDERS = borders();

    private static Map<String, Set<String>> borders() {
        Map<String, Set<String>> out = new HashMap<>();
        var in = Borders.class.getResourceAsStream("/sitrep/geo/country-borders.tsv");
        if (in == null) {
            throw new IllegalStateException("resource /sitrep/geo/country-borders.tsv is missing from the classpath");
        }
        TsvReader.read(in, "country-borders.tsv", 2, "iso2, neighbours (comma-separated iso2, or -)", f -> {
            out.put(f[0], f[1].equals("-") ? Set.of() : Set.of(f[1].split(","))); // "-": an island
        });
        return out;
    }

    static boolean neighbourInFocus(String cc, Map<String, Double> focus) {
        for (String n : BORDERS.getOrDefault(cc, Set.of())) {
            if (focus.containsKey(n)) {
                return true;
            }
        }
        return false;
    }
}
