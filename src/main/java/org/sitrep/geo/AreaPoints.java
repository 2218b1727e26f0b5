package org.sitrep.geo;

import java.util.Arrays;

/**
 * The point a first-level division stands at, from the towns in it: the middle of their extent, as
 * GeoNames places a province near its geographic centre ("Ontario" at 49.3 N, not among the southern
 * towns where the mean of the towns falls). A few towns far from the rest (an island province's, a stray
 * coordinate) are left out of the extent; a division across the 180th meridian is measured eastwards.
 */
final class AreaPoints {
    /** A gap this wide (degrees) between sorted coordinates splits stray towns from the rest. */
    static final double GAP_DEGREES = 5;
    /** ... when the towns beyond it are at most this share of the division's (Easter Island in Valparaíso). */
    static final double STRAY_SHARE = 0.05;

    private double[][] lats = new double[64][];
    private double[][] lons = new double[64][];
    private int[] counts = new int[64];
    private long[] populations = new long[64];

    void add(int area, double lat, double lon, long population) {
        if (area >= counts.length) {
            int n = Math.max(counts.length * 2, area + 1);
            lats = Arrays.copyOf(lats, n);
            lons = Arrays.copyOf(lons, n);
            counts = Arrays.copyOf(counts, n);
            populations = Arrays.copyOf(populations, n);
        }
        int c = counts[area];
        if (lats[area] == null || c == lats[area].length) {
            lats[area] = lats[area] == null ? new double[8] : Arrays.copyOf(lats[area], c * 2);
            lons[area] = lons[area] == null ? new double[8] : Arrays.copyOf(lons[area], c * 2);
        }
        lats[area][c] = lat;
        lons[area][c] = lon;
        counts[area] = c + 1;
        populations[area] += population;
    }

    int count(int area) {
        return area < counts.length ? counts[area] : 0;
    }

    long population(int area) {
        return populations[area];
    }

    double latitude(int area) {
        return middle(lats[area], counts[area], false);
    }

    double longitude(int area) {
        return middle(lons[area], counts[area], true);
    }

    /** The middle of the values' extent once stray ends are cut; the mean for a span across the meridian. */
    static double middle(double[] values, int n, boolean longitude) {
        double[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        int lo = 0, hi = n - 1;
        int stray = (int) Math.floor(n * STRAY_SHARE);
        for (int k = 0; k < stray && k + 1 < n; k++) { // the widest gap among the lowest few
            if (v[k + 1] - v[k] > GAP_DEGREES && (lo == 0 || v[k + 1] - v[k] > v[lo] - v[lo - 1])) {
                lo = k + 1;
            }
        }
        for (int k = n - 1; k > n - 1 - stray && k > lo; k--) { // ... and the highest
            if (v[k] - v[k - 1] > GAP_DEGREES && (hi == n - 1 || v[k] - v[k - 1] > v[hi + 1] - v[hi])) {
                hi = k - 1;
            }
        }
        if (longitude && v[hi] - v[lo] > 180 && v[0] < 0) {
            // across the 180th meridian (the Aleutians, Chukotka): measured east of Greenwich only
            double[] east = Arrays.stream(v).map(x -> x < 0 ? x + 360 : x).toArray();
            double m = middle(east, n, false);
            return m > 180 ? m - 360 : m;
        }
        return (v[lo] + v[hi]) / 2;
    }
}
