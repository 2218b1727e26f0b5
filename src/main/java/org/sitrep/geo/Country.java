package org.sitrep.geo;

import java.util.List;

/**
 * A country: ISO codes, English name as ACLED writes it, other names, demonyms, a centroid. A world region
 * has no ISO codes; {@code within} is the one country a region lies in ("Eastern Ghouta": SY), else empty.
 */
public record Country(String iso2, String iso3, String name, List<String> alternateNames, List<String> demonyms,
                      double latitude, double longitude, long geonamesId, String within) {
    public Country {
        alternateNames = List.copyOf(alternateNames);
        demonyms = List.copyOf(demonyms);
        if (!iso2.isEmpty() && !within.isEmpty()) {
            throw new IllegalArgumentException("a country lies within no other: " + name + " within " + within);
        }
    }

    public Country(String iso2, String iso3, String name, List<String> alternateNames, List<String> demonyms,
                   double latitude, double longitude, long geonamesId) {
        this(iso2, iso3, name, alternateNames, demonyms, latitude, longitude, geonamesId, "");
    }

    /** A continent or world region ("Middle East") is kept as a country without ISO codes. */
    public boolean isRegion() {
        return iso2.isEmpty();
    }

    /** Whether the word (lower case) is one of this country's names or demonyms as written, not only folded. */
    public boolean spells(String lower) {
        return name.equalsIgnoreCase(lower) || alternateNames.stream().anyMatch(a -> a.equalsIgnoreCase(lower))
                || demonyms.stream().anyMatch(d -> d.equalsIgnoreCase(lower));
    }

    public GeoEntry asEntry() {
        return new GeoEntry(geonamesId, name, name, latitude, longitude, isRegion() ? 'L' : 'A', isRegion() ? "RGN" : "PCLI",
                isRegion() ? within : iso2, "", "", 0);
    }
}
