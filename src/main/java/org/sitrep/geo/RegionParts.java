package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The town that stands for a part of a first-level division a report names by a compass word: "northern
 * Shan State" is Lashio's, not Taunggyi's 300 km south; "northern Kunduz province" Qarawul's. The part is
 * the {@link #PART} of the division's extent farthest toward the bearing, the extent as all its places
 * (villages too) span it; the most populous town there of {@link #MIN_TOWN} people or more stands for it.
 */
final class RegionParts {
    /** Places smaller than this do not stand for a part, though they span it (RegionPartsTest). */
    static final long MIN_TOWN = 5_000;
    /** The share of a division's extent that "northern" names: its northern third (RegionPartsTest). */
    static final double PART = 1.0 / 3;
    /** Extents are kept toward the eight points of the compass; a bearing between takes the nearest. */
    private static final int POINTS = 8;
    private static final double[] COS = new double[POINTS], SIN = new double[POINTS];

    static {
        for (int p = 0; p < POINTS; p++) {
            COS[p] = Math.cos(Math.toRadians(p * 360.0 / POINTS));
            SIN[p] = Math.sin(Math.toRadians(p * 360.0 / POINTS));
        }
    }

    /** A division's towns, and how far its places reach toward each point of the compass. */
    private record Division(List<GeoEntry> towns, double[] reach) {
    }

    private final Map<String, Division> divisions;

    private RegionParts(Map<String, Division> divisions) {
        this.divisions = divisions;
    }

    /** The divisions of the store's places, read once. */
    static RegionParts of(PlaceStore store) {
        Map<String, Division> divisions = new HashMap<>();
        store.forEachTown((i, cc, admin1, lat, lon, population) -> {
            if (admin1.isEmpty()) {
                return;
            }
            Division d = divisions.computeIfAbsent(cc + "." + admin1, k -> {
                double[] reach = new double[POINTS];
                java.util.Arrays.fill(reach, -Double.MAX_VALUE);
                return new Division(new ArrayList<>(), reach);
            });
            for (int p = 0; p < POINTS; p++) {
                d.reach()[p] = Math.max(d.reach()[p], along(lat, lon, p));
            }
            if (population >= MIN_TOWN) {
                d.towns().add(store.entry(i));
            }
        });
        return new RegionParts(divisions);
    }

    /** The most populous town of the division's part toward {@code bearing} (degrees); empty when it has none. */
    Optional<GeoEntry> town(String countryCode, String admin1, double bearing) {
        if (!(bearing >= 0 && bearing < 360)) {
            throw new IllegalArgumentException("bearing " + bearing + " is not in [0, 360)");
        }
        Division d = divisions.get(countryCode + "." + admin1);
        if (d == null || d.towns().isEmpty()) {
            return Optional.empty();
        }
        int p = (int) Math.round(bearing * POINTS / 360.0) % POINTS;
        double hi = d.reach()[p], lo = -d.reach()[(p + POINTS / 2) % POINTS];
        double from = hi - (hi - lo) * PART;
        return d.towns().stream().filter(e -> along(e.latitude(), e.longitude(), p) >= from)
                .max(Comparator.comparingLong(GeoEntry::population).thenComparingLong(e -> -e.geonamesId()));
    }

    /** How far a point lies toward compass point {@code p}, in degrees of latitude (longitude shrunk by latitude). */
    private static double along(double lat, double lon, int p) {
        return COS[p] * lat + SIN[p] * lon * Math.cos(Math.toRadians(lat));
    }
}
