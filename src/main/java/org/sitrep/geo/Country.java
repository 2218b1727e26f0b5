package org.sitrep.geo;

import java.util.List;

/** A country: ISO codes, English name as ACLED writes it, other names, demonyms, a centroid. */
public record Country(String iso2, String iso3, String name, List<String> alternateNames, List<String> demonyms,
                      double latitude, double longitude, long geonamesId) {
    public Country {
        alternateNames = List.copyOf(alternateNames);
        demonyms = List.copyOf(demonyms);
    }

    /** A continent or world region ("Middle East") is kept as a country without ISO codes. */
    public boolean isRegion() {
        return iso2.isEmpty();
    }

    public GeoEntry asEntry() {
        return new GeoEntry(geonamesId, name, name, latitude, longitude, isRegion() ? 'L' : 'A', isRegion() ? "RGN" : "PCLI",
                iso2, "", "", 0);
    }
}
