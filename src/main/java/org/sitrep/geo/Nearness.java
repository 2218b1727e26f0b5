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

    /**
     * How far from a district seat without a district code the villages it holds may lie: most Turkish districts
     * reach 20-40 km from their seats (VillageNoteProbeTest).
     */
    static final double UNCODED_SEAT_KM = 40;
    /** How far from a district's point its seat may lie: Mindat's is 61 km off (MentionScenarioTest). */
    static final double DISTRICT_SEAT_KM = 100;

    /**
     * The town a district is named after, as the same name reads: "in Kyaukme" is the town, though GeoNames gives
     * Myanmar's towns no population and the district's outweighs it; a reading of its own spelling, or a seat
     * spelled otherwise ("Ras Al Ain": Ra's al `Ayn, whose district code GeoNames leaves empty), in the district
     * within {@link #DISTRICT_SEAT_KM} of its point, the nearest; else null.
     */
    static GeoEntry seatOf(GeoEntry district, List<GeoEntry> readings, Set<GeoEntry> own) {
        if (!district.featureCode().equals("ADM2") || district.admin2().isEmpty()) {
            return null;
        }
        GeoEntry best = null;
        double bestKm = DISTRICT_SEAT_KM;
        for (GeoEntry e : readings) {
            double km = Distance.km(e, district);
            boolean seat = e.featureCode().startsWith("PPLA");
            if (e.featureClass() == 'P' && (own.contains(e) || seat) && e.countryCode().equals(district.countryCode())
                    && e.admin1().equals(district.admin1()) && (e.admin2().equals(district.admin2()) || seat && e.admin2().isEmpty())
                    && km <= bestKm) {
                best = e;
                bestKm = km;
            }
        }
        return best;
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

    /** How far apart the readings of a name may lie and still be one place: a town and its district. */
    static final double ONE_PLACE_KM = 30;

    /**
     * The one place a name's readings stand for, or null: its only reading, or the town among readings that
     * all lie within {@link #ONE_PLACE_KM} of it ("Fallujah": the city and the districts named after it).
     */
    static GeoEntry onePlace(List<GeoEntry> readings) {
        if (readings.size() == 1) {
            return readings.get(0);
        }
        GeoEntry town = readings.stream().filter(e -> e.featureClass() == 'P').findFirst().orElse(null);
        if (town == null || readings.stream().anyMatch(e -> e.isCountry() || Distance.km(town, e) > ONE_PLACE_KM)) {
            return null;
        }
        return town;
    }

    /** How far from its point an area within a country (regions.tsv) holds places (MentionScenarioTest). */
    static final double AREA_KM = 50;
    /** How far from a town a place it holds may lie ("Ashrafieh in Aleppo", "Tafas in Daraa"). */
    static final double WITHIN_TOWN_KM = 20;

    /** Whether the place {@code q} (a country, a division or a town) holds {@code e}, as {@link Resolver#qualifies} reads it. */
    static boolean holds(GeoEntry q, GeoEntry e) {
        if (q.featureCode().equals("RGN") && q.countryCode().isEmpty()) {
            return true; // "Sebba, Sahel", "Tokar, Red Sea": a world region or sea says nothing against a town
        }
        if (!q.countryCode().equals(e.countryCode()) || q.equals(e)) {
            return false; // ... and no place holds itself ("Al Bayda, Al Bayda": the town in the province)
        }
        if (q.featureCode().equals("RGN")) {
            return Distance.km(q, e) <= AREA_KM; // "Kafr Nabl in Jabal al-Zawiya": an area holds what lies about its point
        }
        if (q.isCountry() || inRegionOf(q, e)) {
            return true; // its country, its province, or the province's seat standing for it ("Kafr Dael ... Aleppo")
        }
        // Who's On First's county ids ("X1091911249") are unique on their own: GeoNames may put a WOF village
        // in another first-level division than its county's (Ijara in Tana River, its county Garissa)
        if ("ADM2".equals(q.featureCode()) && sameDistrict(q, e)) {
            return true;
        }
        // a district's seat stands for its district ("Gereguh, a village in Amedi": the district of Al 'Amadiyah)
        if ("PPLA2".equals(q.featureCode()) && sameDistrict(q, e) && Distance.km(q, e) <= DISTRICT_SEAT_KM) {
            return true;
        }
        // ... and one GeoNames gives no district code (Turkey's), what lies about it in its province ("Umutlu of Derik")
        if ("PPLA2".equals(q.featureCode()) && q.admin2().isEmpty() && q.admin1().equals(e.admin1())
                && Distance.km(q, e) <= UNCODED_SEAT_KM) {
            return true;
        }
        // a capital holds its countryside, though that is another province ("Beit Jinn in the countryside of
        // Damascus", "Bani Hushaysh, Sanaa": the city is a province of its own); a town, what lies a short way
        // from it ("Ashrafieh in Aleppo")
        return q.featureClass() == 'P' && Distance.km(q, e) <= (q.featureCode().equals("PPLC") ? Resolver.SEAT_REACH_KM : WITHIN_TOWN_KM);
    }

    /** Whether both lie in one second-level division by code (a WOF county's X code is unique on its own). */
    static boolean sameDistrict(GeoEntry q, GeoEntry e) {
        return !q.admin2().isEmpty() && q.admin2().equals(e.admin2()) && (q.admin1().equals(e.admin1()) || q.admin2().startsWith("X"));
    }

    /**
     * The readings of the sentence's other names that are districts or seats ("Adem village of Makurdi district",
     * "near Majar in Sari Pul, Sar-e Pol"): any reading will do, its own choice comes later. Gathered once a name.
     */
    static List<GeoEntry> districtsNamedBeside(List<Toponym> toponyms, Toponym self) {
        List<GeoEntry> out = new java.util.ArrayList<>();
        for (Toponym o : toponyms) {
            if (o != self && o.sentence() == self.sentence() && o.kind() == Toponym.Kind.PLACE) {
                for (GeoEntry q : o.candidates()) {
                    if ("ADM2".equals(q.featureCode()) || "ADM3".equals(q.featureCode()) || q.featureCode().startsWith("PPLA")) {
                        out.add(q);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether one of {@code districts} ({@link #districtsNamedBeside}) holds {@code e} closely: the same
     * second-level code (a province's seat is its own district's too), or a district seat's surroundings.
     */
    static boolean inDistrict(GeoEntry e, List<GeoEntry> districts) {
        for (GeoEntry q : districts) {
            if (!q.equals(e) && q.countryCode().equals(e.countryCode()) && (sameDistrict(q, e)
                    // ... by distance only a district's: a province's seat would pull every name toward the capital
                    || q.featureClass() == 'P' && !"PPLA".equals(q.featureCode()) && Distance.km(q, e) <= WITHIN_TOWN_KM)) {
                return true;
            }
        }
        return false;
    }
}
