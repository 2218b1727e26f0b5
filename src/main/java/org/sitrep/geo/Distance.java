package org.sitrep.geo;

/** Great-circle distance on a spherical Earth, the formula the gold scorer uses. */
public final class Distance {
    private static final double EARTH_KM = 6371.0;

    private Distance() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** The point {@code km} away from (lat, lon) on the given compass bearing (degrees, 0 = north). */
    public static double[] offset(double lat, double lon, double km, double bearing) {
        double d = km / EARTH_KM, b = Math.toRadians(bearing);
        double p1 = Math.toRadians(lat), l1 = Math.toRadians(lon);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
        double l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        return new double[] {round(Math.toDegrees(p2)), round((Math.toDegrees(l2) + 540) % 360 - 180)};
    }

    /** Five decimals: about a metre, GeoNames' own precision. */
    private static double round(double deg) {
        return Math.round(deg * 1e5) / 1e5;
    }

    public static double km(GeoEntry a, GeoEntry b) {
        return km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }
}
