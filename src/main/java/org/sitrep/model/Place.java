package org.sitrep.model;

import java.util.Objects;

/**
 * Where an event happened, coded the ACLED way. {@code precision} is ACLED's geo_precision: 1 the
 * place itself, 2 near it or part of a small area, 3 a larger region. {@code geonamesId} is null for
 * places that did not come from GeoNames (a country centroid, an analyst's own entry).
 */
public record Place(String location, double latitude, double longitude, String countryCode, String country,
                    String iso3, String admin1, String admin2, Long geonamesId, String featureCode, int precision) {
    public Place {
        Objects.requireNonNull(location, "location");
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates out of range for '" + location + "': "
                    + latitude + ", " + longitude);
        }
        if (precision < 1 || precision > 3) {
            throw new IllegalArgumentException("geo_precision " + precision + " for '" + location + "' is not 1, 2 or 3");
        }
        countryCode = nz(countryCode);
        country = nz(country);
        iso3 = nz(iso3);
        admin1 = nz(admin1);
        admin2 = nz(admin2);
        featureCode = nz(featureCode);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public Place withPrecision(int p) {
        return new Place(location, latitude, longitude, countryCode, country, iso3, admin1, admin2, geonamesId,
                featureCode, p);
    }
}
