package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;

/** Villages among the article's towns: a namesake far from every town the article names gives way to a nearer one. */
final class VillagePlacement {
    private VillagePlacement() {
    }

    /**
     * Villages are read by the company they keep: where the article names towns (or provinces) in a
     * village's country, the village must lie within {@link #Resolver.VILLAGE_KM} of one of them (or in the province);
     * else the nearest village of that name that does (in a country the article names towns of), or none ("the village of Assadiya, south of Ras
     * al-Ain" is not the Assadiya near Homs: PlaceChooser then codes the event to Ras al-Ain).
     */
    static List<Resolved> apply(List<Resolved> resolved) {
        List<GeoEntry> towns = new ArrayList<>();
        for (Resolved r : resolved) {
            if (r.toponym().kind() == Toponym.Kind.PLACE && !Resolver.isVillage(r.place())) {
                towns.add(r.place());
            }
        }
        if (towns.isEmpty()) {
            return resolved;
        }
        List<Resolved> out = new ArrayList<>(resolved.size());
        for (Resolved r : resolved) {
            GeoEntry p = r.place();
            double d0 = distanceToTowns(towns, p);
            if (r.toponym().kind() != Toponym.Kind.PLACE || !Resolver.isVillage(p) || d0 <= Resolver.VILLAGE_KM || d0 == Double.MAX_VALUE
                    || heldAsWritten(resolved, r) || onlyNearProvinces(towns, r) || soleSpelling(r)) {
                out.add(r);
                continue;
            }
            GeoEntry nearest = null;
            double best = Resolver.VILLAGE_KM;
            for (GeoEntry c : r.toponym().candidates()) {
                double d = distanceToTowns(towns, c);
                if (Resolver.isVillage(c) && d <= best) {
                    nearest = c;
                    best = d;
                }
            }
            if (nearest != null) {
                out.add(new Resolved(r.toponym(), nearest, r.score(), r.runnersUp()));
            }
        }
        return out;
    }

    /** Km to the nearest town of the village's country (0 inside a named province); MAX_VALUE when it names none. */
    private static double distanceToTowns(List<GeoEntry> towns, GeoEntry village) {
        double best = Double.MAX_VALUE;
        for (GeoEntry t : towns) {
            if (!t.countryCode().equals(village.countryCode()) || t.isCountry()) {
                continue;
            }
            best = Math.min(best, Nearness.inRegionOf(t, village) ? 0 : Distance.km(t, village));
        }
        return best;
    }

    /**
     * "Kapedo, Turkana": the village's one reading, in the country of the provinces the article names, is far
     * only from their points, which say little of where their border villages lie; no town of its country
     * stands nearer to contradict it.
     */
    private static boolean onlyNearProvinces(List<GeoEntry> towns, Resolved r) {
        String cc = r.place().countryCode();
        return r.toponym().candidates().size() == 1 && towns.stream().anyMatch(t -> t.countryCode().equals(cc))
                && towns.stream().filter(t -> t.countryCode().equals(cc)).allMatch(t -> t.featureClass() == 'A');
    }

    /**
     * "The death toll of Zamalka": the one place the gazetteer spells as the text does, set in no relation to
     * the article's towns, stands however far from them.
     */
    private static boolean soleSpelling(Resolved r) {
        Toponym t = r.toponym();
        return t.exactCandidates().size() == 1 && t.exactCandidates().get(0) == r.place() && t.within() < 0 && t.bearingFrom() < 0;
    }

    /** "Ijara, Garissa county": the text names the area that holds the village, and a reading of it does. */
    static boolean heldAsWritten(List<Resolved> resolved, Resolved r) {
        int within = r.toponym().within();
        return within >= 0 && resolved.stream().anyMatch(h -> h.toponym().start() == within && Resolver.qualifies(h.toponym(), r.place()));
    }
}
