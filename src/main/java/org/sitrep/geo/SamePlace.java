package org.sitrep.geo;

import org.sitrep.model.Place;

/**
 * When two coded places describe one incident's place: within {@link #KM} of each other, or in the
 * same second-level division of one country. The rule behind grouping an article's sentences into
 * incidents and fusing reports across articles.
 */
public final class SamePlace {
    /** Reports this close describe one place (FusionTest, DevSetTest). */
    public static final double KM = 25;

    private SamePlace() {
    }

    public static boolean near(Place a, Place b) {
        if (Distance.km(a.latitude(), a.longitude(), b.latitude(), b.longitude()) <= KM) {
            return true;
        }
        return !a.admin2().isEmpty() && a.admin2().equals(b.admin2()) && a.countryCode().equals(b.countryCode());
    }
}
