package org.sitrep.geo;

import java.util.Map;
import java.util.Set;

/**
 * Divisions as places of their own, at the middle of their towns: every first-level division, and the
 * second-level ones ("Cuyahoga County", "Hampshire", "Kent") of countries no Who's On First extract covers
 * (those come with their districts and counties as places already).
 */
final class AdminRegions {
    private AdminRegions() {
    }

    static void add(PlaceStore.Builder b, Map<String, String> adminNames, Set<String> withDistricts) {
        b.forEachArea((code, lat, lon, population) -> {
            String name = adminNames.get(code);
            if (name == null) {
                return;
            }
            int dot = code.indexOf('.');
            GeoEntry region = new GeoEntry(0, name, name, lat, lon, 'A', "ADM1", code.substring(0, dot),
                    code.substring(dot + 1), "", population);
            String bare = MemoryGazetteer.REGION_SUFFIX.matcher(name).replaceAll("");
            b.addExtra(region, name, bare);
        });
        b.counties.forEach((code, lat, lon, population, largest) -> {
            String name = adminNames.get(code);
            String[] parts = code.split("\\.", 3);
            // "Paris" the département is Paris the city: its town stands for a division of its own name
            if (name == null || parts.length < 3 || withDistricts.contains(parts[0])
                    || NameKey.of(b.name(largest)).equals(NameKey.of(name))) {
                return;
            }
            b.addExtra(new GeoEntry(0, name, name, lat, lon, 'A', "ADM2", parts[0], parts[1], parts[2], population), name);
        });
    }
}
