package org.sitrep.geo;

import java.util.List;
import java.util.Set;

/** Whether the article's other names put a reading near or around a place: support short of an anchor. */
final class Nearness {
    private Nearness() {
    }

    /** Whether {@code e} lies in the division {@code anchor} is or is the seat of ("Ijara, Garissa county"). */
    static boolean inRegionOf(GeoEntry anchor, GeoEntry e) {
        return (anchor.isAdmin1() || anchor.featureCode().equals("PPLA")) && !anchor.admin1().isEmpty()
                && anchor.countryCode().equals(e.countryCode()) && anchor.admin1().equals(e.admin1());
    }

    /**
     * Whether some reading of another name in the article lies within {@link Resolver#NEAR_KM} of {@code e}: "driving
     * to Castlegar ... the Nelson office" is no story abroad because the likeliest Nelson is in New Zealand.
     */
    static boolean nearAnotherName(GeoEntry e, List<Toponym> toponyms, Toponym self) {
        String own = NameKey.of(self.text());
        for (Toponym t : toponyms) {
            if (t.kind() != Toponym.Kind.PLACE || t.variant() || NameKey.of(t.text()).equals(own)) {
                continue;
            }
            for (GeoEntry c : Resolver.strongReadings(t.candidates())) {
                if (c.countryCode().equals(e.countryCode()) && Distance.km(c, e) < Resolver.NEAR_KM) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a town of 100,000 or more of the region's name lies in it ("New York" the city, in New York). */
    static boolean bigTownIn(List<GeoEntry> readings, GeoEntry region) {
        return readings.stream().anyMatch(t -> t.featureClass() == 'P' && Resolver.population(t) >= Resolver.BIG_TOWN
                && t.countryCode().equals(region.countryCode()) && t.admin1().equals(region.admin1()));
    }

    /** Whether {@code e} is a small town of the name of its own country's capital, which the name also reads as. */
    static boolean capitalNamesake(Set<GeoEntry> own, GeoEntry e) {
        return e.featureClass() == 'P' && own.stream().anyMatch(c -> c != e && c.featureCode().equals("PPLC")
                && c.countryCode().equals(e.countryCode())
                && Resolver.population(c) >= Resolver.PROMINENCE_RATIO * Math.max(Resolver.population(e), 1));
    }

    /** Whether a reading of the name other than the village, in another country, is a town ({@link Resolver#SMALL_PLACE} or more). */
    static boolean townAbroad(List<GeoEntry> candidates, GeoEntry village) {
        for (GeoEntry c : candidates) {
            if (!c.countryCode().equals(village.countryCode()) && !c.isCountry() && Resolver.population(c) >= Resolver.SMALL_PLACE) {
                return true;
            }
        }
        return false;
    }
}
