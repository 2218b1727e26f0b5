package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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

    /** Reads "CC.ADM1[.ADM2] name" lines; returns the countries they name. */
    static Set<String> readNames(InputStream in, String origin, Map<String, String> adminNames) {
        Set<String> countries = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    adminNames.put(line.substring(0, tab), line.substring(tab + 1));
                    countries.add(line.substring(0, Math.max(0, line.indexOf('.'))));
                }
            }
            return countries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin + ": " + e.getMessage(), e);
        }
    }
}
