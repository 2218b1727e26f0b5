package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places the mentions found only by a spelling variant, or only as villages with variants beside
 * ({@link Toponym#variant}), once the article's other mentions are resolved: such a name stands for
 * what the article supports (an area that holds it, a place near it, the country it is about), never
 * for a same-skeleton place abroad.
 */
final class Variants {
    private Variants() {
    }

    static List<Resolved> place(List<Toponym> toponyms, List<Resolved> resolved, Map<String, Double> focus) {
        if (toponyms.stream().noneMatch(Toponym::variant)) {
            return resolved;
        }
        List<GeoEntry> placed = new ArrayList<>();
        for (Resolved r : resolved) {
            if (r.toponym().kind() == Toponym.Kind.PLACE) {
                placed.add(r.place());
            }
        }
        List<Resolved> out = new ArrayList<>(resolved);
        // a holder spelled otherwise too is placed before the names it holds ("near Bani Yusuf in Bayt Al Faqiah
        // district": the district first, then its Bani Yusuf)
        List<Toponym> order = new ArrayList<>(toponyms.stream().filter(Toponym::variant).toList());
        java.util.Set<Integer> holders = new java.util.HashSet<>();
        order.forEach(o -> holders.add(o.within()));
        order.sort(Comparator.comparingInt((Toponym t) -> holders.contains(t.start()) ? 0 : 1));
        for (Toponym t : order) {
            Resolved holder = at(out, t.within());
            if (holder != null) {
                // "Kafr Dael in the western countryside of Aleppo": a reading the named area holds (read any
                // way the area's name reads: "Wardak" the province as well as the town), nearest its place
                // (an exact spelling before any variant, and never the area itself: "Al Bayadah in al-Bayda")
                List<GeoEntry> held = heldBy(holder, ownNamesFirst(t, t.exactCandidates()));
                if (held.isEmpty()) {
                    held = heldBy(holder, ownNamesFirst(t, t.candidates()));
                }
                // ... and of those, the ones in a district the sentence names ("Majar village of Sari Pul district")
                List<GeoEntry> districts = Nearness.districtsNamedBeside(toponyms, t);
                List<GeoEntry> inDistrict = held.stream().filter(e -> Nearness.inDistrict(e, districts)).toList();
                if (!inDistrict.isEmpty()) {
                    held = inDistrict;
                }
                if (!held.isEmpty()) {
                    out.add(nearestAbout(t, held, holder.place(), Resolver.VILLAGE_KM));
                    continue;
                }
            }
            Resolved from = at(resolved, t.bearingFrom());
            if (from != null) {
                // "Ataman, just north of Daraa": a reading some way off the town the bearing is from, or none
                List<GeoEntry> off = ownNamesFirst(t, t.candidates()).stream()
                        .filter(e -> Distance.km(e, from.place()) <= Resolver.BEARING_KM).toList();
                if (!off.isEmpty()) {
                    out.add(nearestAbout(t, off, from.place(), Resolver.BEARING_KM));
                }
                continue;
            }
            // two names spelled otherwise than the gazetteer, of places near each other, vouch for each other
            // ("the base at Zilkan near Bashiqa", both Iraqi villages, in a story told from Ankara)
            List<GeoEntry> support = new ArrayList<>(placed);
            toponyms.stream().filter(o -> o != t && o.variant() && o.kind() == Toponym.Kind.PLACE && o.sentence() == t.sentence()
                    && o.exactCandidates().size() <= MAX_VOUCHING_READINGS).forEach(o -> support.addAll(o.exactCandidates()));
            Optional<Resolved> supported = supportedVariant(t, focus, placed, support);
            if (supported.isEmpty()) {
                // "Qaladze in Pishdar district", both spelled otherwise: a reading of the holder that holds a
                // reading of a name it holds vouches for both
                supported = holdingReading(t, order);
            }
            supported.ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt((Resolved r) -> r.toponym().start()));
        return out;
    }

    /**
     * A name the text spells only as a variant of the gazetteer's ("Kafr Dael" for Kafr Da`il) stands for
     * the reading nearest a place the article names (as resolved), within {@link Resolver#VILLAGE_KM}, an exact
     * spelling first; failing that, in the country the article is most about (if it is about one), the most
     * populous exact spelling, or variant; in an article that names no country at all, the most populous
     * exact spelling; else for nothing: a near-miss spelling is no evidence of a place abroad.
     */
    private static Optional<Resolved> supportedVariant(Toponym t, Map<String, Double> focus, List<GeoEntry> anchors,
                                                       List<GeoEntry> support) {
        // a village spelled exactly near the article's places before any variant spelling: "Myaing" is not "Myaung"
        List<GeoEntry> exact = ownNamesFirst(t, t.exactCandidates());
        GeoEntry best = nearest(exact, support, Resolver.VILLAGE_KM);
        if (best == null) {
            best = nearest(ownNamesFirst(t, t.candidates()), anchors, VARIANT_NEAR_KM);
        }
        if (best == null) {
            String top = focus.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                    .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse(null);
            double votes = top == null ? 0 : focus.get(top);
            if (votes >= Resolver.PLAUSIBILITY_EVIDENCE) {
                // with no place to measure against, the most populous exact spelling in the article's country,
                // else the most populous of the nearest variant spellings there
                best = mostPopulousIn(exact, top);
                // a short name's variants ("Khosh": Khoshi) only near the article's places, never anywhere in its country
                // ... and, named with no area to hold it, not far from every town the article names there:
                // "Mathare" in a Nairobi story is no Mathari 95 km off
                String country = top;
                boolean townsThere = t.within() < 0
                        && anchors.stream().anyMatch(a -> !a.isCountry() && a.featureClass() == 'P' && a.countryCode().equals(country));
                if (best == null && !NameKey.fewConsonants(NameKey.of(t.text())) && !townsThere) {
                    best = mostPopulousIn(t.candidates(), top);
                }
            } else {
                // an article that says nothing of its countries: an exact spelling stands as it did alone, and a
                // long name's only reading, a town ("a residential district of Tuz Khormato")
                // ... the weak votes it has still choosing among them ("Safwan ... the Kuwaiti border": Iraq's)
                List<GeoEntry> voted = exact.stream().filter(e -> focus.containsKey(e.countryCode())
                        || Borders.neighbourInFocus(e.countryCode(), focus)).toList();
                best = mostPopulousIn(voted.isEmpty() ? exact : voted, null);
                if (best == null && t.candidates().size() == 1 && NameKey.skeleton(NameKey.of(t.text())).length() >= LONE_VARIANT_CONSONANTS
                        && t.candidates().get(0).featureCode().startsWith("PPLA")) {
                    best = t.candidates().get(0);
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        GeoEntry chosen = best;
        List<GeoEntry> rest = t.candidates().stream().filter(e -> e != chosen).limit(5).toList();
        return Optional.of(new Resolved(t, chosen, 1.0, rest));
    }

    /** A reading of {@code t} that holds a reading of a spelling variant {@code t} holds, or none. */
    private static Optional<Resolved> holdingReading(Toponym t, List<Toponym> variants) {
        for (GeoEntry h : ownNamesFirst(t, t.candidates())) {
            for (Toponym o : variants) {
                if (o.within() == t.start() && o.candidates().stream().anyMatch(e -> Nearness.holds(h, e))) {
                    return Optional.of(new Resolved(t, h, 1.0, t.candidates().stream().filter(e -> e != h).limit(5).toList()));
                }
            }
        }
        return Optional.empty();
    }

    /** The resolved mention starting at {@code start}, or null (-1: none). */
    private static Resolved at(List<Resolved> resolved, int start) {
        return start < 0 ? null : resolved.stream().filter(r -> r.toponym().start() == start).findFirst().orElse(null);
    }

    /** Of readings about a place (held by it, or a bearing from it), the nearest within {@code km}, else the first. */
    private static Resolved nearestAbout(Toponym t, List<GeoEntry> readings, GeoEntry place, double km) {
        GeoEntry near = nearest(readings, List.of(place), km);
        GeoEntry chosen = near != null ? near : readings.get(0);
        return new Resolved(t, chosen, 1.0, readings.stream().filter(e -> e != chosen).limit(5).toList());
    }

    /** The candidates the holder's name may hold, the holder's own place aside. */
    private static List<GeoEntry> heldBy(Resolved holder, List<GeoEntry> candidates) {
        return candidates.stream().filter(e -> e != holder.place() && Resolver.qualifies(holder.toponym(), e)).toList();
    }

    /** The candidates whose own name the text writes ("Dibilou", not Diboulou's alias Dibilou) first. */
    private static List<GeoEntry> ownNamesFirst(Toponym t, List<GeoEntry> candidates) {
        String folded = NameKey.withoutArticle(NameKey.fold(t.text()));
        List<GeoEntry> out = new ArrayList<>(candidates);
        out.sort(Comparator.comparingInt(e -> Resolver.ownName(e, folded) ? 0 : 1));
        return out;
    }

    /**
     * How near one of the article's places a reading found only by its spelling variant must lie, the
     * province around it not counting: "Tel Hawa" in a Ras al-Ain story is not the Tall al Hawa 200 km
     * east in the same province (DevSetTest, the seed report's optional Tel Hawa event).
     */
    static final double VARIANT_NEAR_KM = 60;

    /** A variant name of more readings than this vouches for no other: a common name proves nothing near it. */
    static final int MAX_VOUCHING_READINGS = 20;

    /** Consonants from which a variant's only reading, a district's seat, stands alone (NoteScenarioTest). */
    static final int LONE_VARIANT_CONSONANTS = 6;

    /** The most populous candidate in {@code country} (any country when null); null if none is. */
    private static GeoEntry mostPopulousIn(List<GeoEntry> candidates, String country) {
        return candidates.stream().filter(e -> country == null || e.countryCode().equals(country))
                .max(Comparator.comparingLong(Resolver::population).thenComparingLong(e -> -e.geonamesId())).orElse(null);
    }

    /**
     * The candidate nearest one of the anchors of its own country, within {@code withinKm}; null if none is.
     * Inside a province an anchor is or seats counts as 0 km only at {@link Resolver#VILLAGE_KM}'s reach.
     */
    private static GeoEntry nearest(List<GeoEntry> candidates, List<GeoEntry> anchors, double withinKm) {
        GeoEntry best = null;
        double bestKm = withinKm, bestTownKm = Double.MAX_VALUE;
        for (GeoEntry e : candidates) {
            double d = Double.MAX_VALUE, town = Double.MAX_VALUE;
            for (GeoEntry a : anchors) {
                if (a.isCountry() || !a.countryCode().equals(e.countryCode())) {
                    continue;
                }
                double km = Distance.km(a, e);
                d = Math.min(d, Nearness.inRegionOf(a, e) && withinKm >= Resolver.VILLAGE_KM ? 0 : km);
                if (a.featureClass() == 'P' && !a.featureCode().equals("PPLA") && !a.featureCode().equals("PPLC")) {
                    town = Math.min(town, km);
                }
            }
            // ties: the one nearer a town the article names ("Tseyese (Buruku, Benue)": both Tseyeses lie in
            // Benue, one 18 km from Buruku; a province's seat stands for the province, not for its own
            // surroundings), then the earlier, own names first
            if (d < bestKm || d == bestKm && (best == null || town < bestTownKm)) {
                best = e;
                bestKm = d;
                bestTownKm = town;
            }
        }
        return best;
    }
}
