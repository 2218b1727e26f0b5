package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks one gazetteer entry per toponym from the article's context: the countries the article is
 * about (named countries, nationalities, unambiguous places), places already resolved nearby, then
 * population and feature rank. Weights are named and fixed by {@code ResolverScenarioTest}.
 */
public final class Resolver {
    /** Weight of the share of the article's place mentions that fall in a candidate's country. */
    static final double FOCUS_WEIGHT = 6.0;
    /** Bonus for a candidate within {@link #NEAR_KM} of a place the article names unambiguously. */
    static final double NEAR_WEIGHT = 3.0;
    static final double NEAR_KM = 150;
    static final double FEATURE_WEIGHT = 0.6;
    /**
     * Regions and districts lose to same-named towns: "Idlib" alone is usually the city, "Ras al-Ain" the
     * town rather than WOF's district of that name, whose population is the whole district's.
     */
    static final double REGION_PENALTY = 2.0;
    static final double EXACT_NAME_BONUS = 1.5;
    /** ... and more when a city of the name lies in it: "New York" alone is the city (MentionScenarioTest). */
    static final double REGION_OF_CITY_PENALTY = 3.0;
    static final long BIG_TOWN = 100_000;
    /** Share of the focus weight for a reading by alias when a larger reading bears the name (GeoWebNewsTest). */
    static final double ALIAS_FOCUS_SHARE = 0.25;
    /** How many times larger a city of the name makes a town's country weak evidence for it (ResolverScenarioTest). */
    static final double PROMINENCE_RATIO = 30;
    /**
     * Focus is a share of the article's place votes, but of at least this many: two nationality words
     * ("Russian and Turkish forces") are weak evidence of where a story is, not half of it each.
     */
    static final double MIN_FOCUS_TOTAL = 1.0;
    /** Bonus for a candidate in the same first-level division as a place the article names unambiguously. */
    static final double SAME_REGION_WEIGHT = 2.5;
    /** Weight of a nationality word in the article's country focus, against 1 for a place. */
    static final double DEMONYM_FOCUS = 0.3;
    /** ... and of one that qualifies an actor: foreign forces say little about where a story is. */
    static final double ACTOR_NATIONALITY_FOCUS = 0.22; // between the cases of ResolverScenarioTest.nationalities*
    /** Bonus for a province listed with provinces (MentionScenarioTest.aNameListedWithProvincesIsOne). */
    static final double LIST_KIND_WEIGHT = 4.0;
    /** "Tal Afar, west of Mosul": how far off the town a place given a bearing from it may lie, and its weight (NoteScenarioTest). */
    static final double BEARING_KM = 150;
    static final double BEARING_WEIGHT = 10.0;
    /** A reading in a district the sentence names (by a division or its seat) over its namesakes elsewhere (NoteScenarioTest). */
    static final double DISTRICT_WEIGHT = 3.0;
    /** "Paris, Texas", "Tripoli, Lebanon": a qualifier right after the name decides (ResolverFixtureTest). */
    static final double QUALIFIER_WEIGHT = 20.0;

    public List<Resolved> resolve(List<Toponym> toponyms) {
        return resolve(toponyms, Map.of());
    }

    /**
     * Resolves with prior votes for the countries the article is about, from evidence other than place
     * names (the home countries of the groups it names: the Taliban, the SDF).
     */
    public List<Resolved> resolve(List<Toponym> toponyms, Map<String, Double> prior) {
        return resolve(toponyms, prior, List.of());
    }

    /** ... and with places the article is near without naming them (a local outlet's town: PlaceReader). */
    public List<Resolved> resolve(List<Toponym> all, Map<String, Double> prior, List<GeoEntry> homes) {
        List<Toponym> toponyms = Containment.withoutForeignToHolder(all);
        Pass first = resolveOnce(toponyms, prior, homes);
        // the provinces and counties the article turned out to name anchor its other names as an unambiguous
        // one would: "Riverdale" in a story that names Morris County and New Jersey is New Jersey's
        List<GeoEntry> divisions = new ArrayList<>(homes);
        for (Resolved r : first.chosen()) {
            GeoEntry p = r.place();
            // ... and so does a province's seat ("In Corum, ... in Kuyucak village": the province's Kuyucak)
            if (r.toponym().kind() == Toponym.Kind.PLACE && r.toponym().candidates().size() > 1
                    && (p.featureClass() == 'A' || p.featureCode().equals("PPLA")) && !p.isCountry() && !divisions.contains(p)) {
                divisions.add(p);
            }
        }
        Pass last = divisions.size() == homes.size() ? first : resolveOnce(toponyms, prior, divisions);
        return OneSensePerName.apply(VillagePlacement.apply(Variants.place(toponyms, last.chosen(), last.focus())));
    }

    /** One pass's readings of the names spelled as the gazetteer spells them, and the article's country votes. */
    private record Pass(List<Resolved> chosen, Map<String, Double> focus) {
    }

    private Pass resolveOnce(List<Toponym> toponyms, Map<String, Double> prior, List<GeoEntry> homes) {
        Map<String, Double> focus = new HashMap<>(prior);
        // what each name votes for itself: a name is no evidence for its own reading ("Mezzeh" alone is no
        // reason to think a Damascus story is set in France, where a town folds like it)
        Map<String, Double> ownVotes = new HashMap<>();
        List<GeoEntry> anchors = new ArrayList<>(homes);
        double total = prior.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Toponym t : toponyms) {
            if (t.variant() || t.inName()) {
                // a spelling variant's readings are what the article's other names must support; a place that
                // begins a longer name ("Sam Winnall", "Houston Rockets") says little of where the story is
                continue;
            }
            List<GeoEntry> readings = strongReadings(t.candidates());
            String cc = CountryVotes.single(readings);
            if (cc != null) {
                double w = t.kind() != Toponym.Kind.DEMONYM ? 1.0 : t.ofActor() ? ACTOR_NATIONALITY_FOCUS : DEMONYM_FOCUS;
                focus.merge(cc, w, Double::sum);
                ownVotes.merge(NameKey.of(t.text()) + '\t' + cc, w, Double::sum);
                total += w;
                GeoEntry one = t.kind() == Toponym.Kind.PLACE ? Nearness.onePlace(readings) : null;
                if (one != null) {
                    anchors.add(one); // "Fallujah": the town and the districts named after it are one place
                }
            }
        }
        // what the implausibility check weighs: the votes, plus half a vote for the likeliest country of each
        // ambiguous name ("Damascus" is most likely Syria's even before the article says more)
        // ... but not a foreign force's nationality: "US aircraft struck ..." makes no American hamlet plausible
        Map<String, Double> evidence = new HashMap<>(focus);
        for (Toponym t : toponyms) {
            String cc = t.kind() == Toponym.Kind.DEMONYM && t.ofActor() ? CountryVotes.single(strongReadings(t.candidates())) : null;
            if (cc != null) {
                evidence.computeIfPresent(cc, (k, v) -> v - ACTOR_NATIONALITY_FOCUS > 1e-9 ? v - ACTOR_NATIONALITY_FOCUS : null);
            }
        }
        for (Toponym t : toponyms) {
            if (t.kind() == Toponym.Kind.PLACE && !t.inName() && !t.variant() && CountryVotes.single(strongReadings(t.candidates())) == null) {
                t.candidates().stream().max(Comparator.comparingLong(Resolver::population)).ifPresent(top -> {
                    evidence.merge(top.countryCode(), AMBIGUOUS_FOCUS, Double::sum);
                    ownVotes.merge(NameKey.of(t.text()) + '\t' + top.countryCode(), AMBIGUOUS_FOCUS, Double::sum);
                });
            }
        }
        // a name read only as a small place in a country the rest of the article never mentions casts no vote:
        // "East Yorkshire" (Yorkshire, Virginia) is no reason to place Sunderland and Reading in the US; nor do two
        // such names far apart vouch for each other ("JEWELL" and "Glenrock" in an NSW story)
        Map<Toponym, List<GeoEntry>> small = new java.util.LinkedHashMap<>(); // in text order: anchors drop as it goes
        Map<String, Double> strong = new HashMap<>(evidence);
        for (Toponym t : toponyms) {
            List<GeoEntry> readings = t.kind() == Toponym.Kind.PLACE && !t.variant() && !t.inName() ? strongReadings(t.candidates()) : List.of();
            String cc = CountryVotes.single(readings);
            if (cc != null && readings.stream().allMatch(e -> e.featureClass() == 'P' && population(e) < SMALL_PLACE)) {
                small.put(t, readings);
                CountryVotes.withdraw(strong, cc);
            }
        }
        for (var w : small.entrySet()) {
            Toponym t = w.getKey();
            String folded = NameKey.withoutArticle(NameKey.fold(t.text()));
            if (w.getValue().stream().allMatch(e -> implausible(e, strong, othersThan(anchors, t), ownName(e, folded))
                    && !Nearness.nearAnotherName(e, toponyms, t))) {
                String cc = w.getValue().get(0).countryCode();
                CountryVotes.withdraw(focus, cc);
                CountryVotes.withdraw(evidence, cc);
                total -= 1.0;
                anchors.removeAll(t.candidates());
            }
        }
        List<Resolved> out = new ArrayList<>(toponyms.size());
        for (int ti = 0; ti < toponyms.size(); ti++) {
            Toponym t = toponyms.get(ti);
            Toponym next = ti + 1 < toponyms.size() ? toponyms.get(ti + 1) : null;
            Toponym qualifier = next != null && next.sentence() == t.sentence()
                    && (next.start() - t.end() <= 2 && next.listedAfter() != t.start() // "Washington, New York and Boston": a list
                    || t.within() == next.start()) ? next : null;
            Toponym held = ti > 0 && toponyms.get(ti - 1).within() == t.start() ? toponyms.get(ti - 1) : null;
            if (qualifier == null && t.within() >= 0) {
                // "Myanmar's Kani": the owner before the name qualifies it; "In Kaduna, ... in Masat village": the scene
                qualifier = Containment.mentionAt(toponyms, t.within());
            }
            Toponym from = t.bearingFrom() < 0 ? null
                    : toponyms.stream().filter(o -> o.start() == t.bearingFrom()).findFirst().orElse(null);
            if (t.variant()) {
                continue; // once the others are placed, below
            }
            if (t.kind() == Toponym.Kind.COUNTRY && t.candidates().size() > 1) {
                out.add(new Resolved(t, Nationality.countryOrDivision(t, CountryVotes.othersThan(evidence, ownVotes, t), toponyms), 1.0, List.of()));
                continue;
            }
            if (t.candidates().size() == 1) {
                GeoEntry only = t.candidates().get(0);
                if (t.kind() != Toponym.Kind.PLACE || !implausible(only, CountryVotes.othersThan(evidence, ownVotes, t), othersThan(anchors, t),
                        ownName(only, NameKey.withoutArticle(NameKey.fold(t.text())))) || Nearness.nearAnotherName(only, toponyms, t)) {
                    out.add(new Resolved(t, t.candidates().get(0), 1.0, List.of()));
                }
                continue;
            }
            boolean listedWithDivisions = Containment.listedWithDivisions(toponyms, t);
            final double tot = Math.max(total, MIN_FOCUS_TOTAL);
            String folded = NameKey.withoutArticle(NameKey.fold(t.text()));
            List<GeoEntry> ranked = new ArrayList<>(t.candidates());
            // an anchor that is a reading of this very name says nothing of its readings ("Al-Bab" the town
            // does not put the village of Al Bab 50 km away near the story); entries are equal, not identical
            List<GeoEntry> otherAnchors = new ArrayList<>(anchors);
            otherAnchors.removeAll(t.candidates());
            Map<GeoEntry, Double> scores = new HashMap<>();
            List<GeoEntry> districts = Nearness.districtsNamedBeside(toponyms, t);
            // "Iskandariya (Al-Musayab, Babil)": the province that holds the qualifying district qualifies too
            Toponym outer = qualifier == null ? null : Containment.mentionAt(toponyms, qualifier.within());
            Set<GeoEntry> own = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            ranked.stream().filter(e -> ownName(e, folded)).forEach(own::add); // its own name, not an alias
            long ownNamed = own.stream().filter(e -> e.featureClass() == 'P').mapToLong(Resolver::population).max().orElse(-1);
            for (GeoEntry e : ranked) {
                // a place the text calls a village is small whatever its readings: their sizes do not rank them
                // a seat's assumed size is its own name's: by an old name (Turkey's renamed villages: "Karbeyaz" for
                // Yigityolu) it is no larger than the village that bears the name now
                long size = t.village() ? 0 : own.contains(e) || e.population() > 0 || own.isEmpty() ? population(e) : 0;
                double s = Math.log10(size + 10) + FEATURE_WEIGHT * e.featureRank();
                // an old or foreign name of a place ("Liverpool" for Washington, Indiana) that a larger place
                // bears as its own wins on the article's country alone far less often ("Juárez" still does);
                // towns only: a district's population is the whole district's
                double share = ownNamed > population(e) && !own.contains(e) ? ALIAS_FOCUS_SHARE : 1.0;
                // a small town of the article's country against a city of the name many times its size: the
                // country alone is weak evidence ("London" in a Washington story is not London, Ohio)
                if (e.featureClass() == 'P' && !t.village()) { // "Masat village" is no Mashhad (Masat) in disguise
                    long abroad = own.stream().filter(o -> o.featureClass() == 'P' && !o.countryCode().equals(e.countryCode()))
                            .mapToLong(Resolver::population).max().orElse(-1);
                    if (abroad >= BIG_TOWN && abroad >= PROMINENCE_RATIO * Math.max(population(e), 1)) {
                        share = Math.min(share, ALIAS_FOCUS_SHARE);
                    }
                }
                s += share * FOCUS_WEIGHT * focus.getOrDefault(e.countryCode(), 0.0) / tot;
                // a small town that bears its country's capital's name is not meant for lying near the story's
                // other places: "Washington" beside West Virginia is still the capital, unless qualified
                List<GeoEntry> support = Nearness.capitalNamesake(own, e) ? List.of() : otherAnchors;
                for (GeoEntry a : support) {
                    if (Distance.km(a, e) < NEAR_KM) {
                        s += NEAR_WEIGHT;
                        break;
                    }
                }
                for (GeoEntry a : support) {
                    if (!a.isCountry() && a.countryCode().equals(e.countryCode()) && a.admin1().equals(e.admin1())) {
                        s += SAME_REGION_WEIGHT;
                        break;
                    }
                }
                if (e.featureClass() == 'A' && !e.isCountry()) {
                    s -= REGION_PENALTY + (e.isAdmin1() && Nearness.bigTownIn(ranked, e) ? REGION_OF_CITY_PENALTY : 0);
                }
                if (isVillage(e) && !t.village() && Nearness.townAbroad(ranked, e)) {
                    s -= VILLAGE_ABROAD_PENALTY;
                }
                if (own.contains(e)) {
                    s += EXACT_NAME_BONUS;
                }
                if (qualifier != null && (qualifies(qualifier, e) || outer != null && outer != t && qualifies(outer, e))) {
                    s += QUALIFIER_WEIGHT;
                }
                if (e.isAdmin1() && listedWithDivisions) {
                    s += LIST_KIND_WEIGHT; // "Utah, Colorado, and Idaho": the state, not Idaho Springs, Colorado
                }
                if (from != null && strongReadings(from.candidates()).stream().anyMatch(q -> Distance.km(q, e) <= BEARING_KM)) {
                    s += BEARING_WEIGHT; // "al-Sukhnah, northeast of Palmyra": the Syrian one, some way off the town
                }
                if (Nearness.inDistrict(e, districts)) {
                    s += DISTRICT_WEIGHT; // "Majar village of Sari Pul district": of the province's Majars, Sari Pul's
                }
                if (held != null && held.candidates().stream().anyMatch(h -> Nearness.holds(e, h))) {
                    s += QUALIFIER_WEIGHT; // "Hato, Santander": the Santander that holds a Hato, not Spain's
                }
                scores.put(e, s);
            }
            ranked.sort(Comparator.comparingDouble((GeoEntry e) -> -scores.get(e)).thenComparingLong(GeoEntry::geonamesId));
            Map<String, Double> others = CountryVotes.othersThan(evidence, ownVotes, t);
            if (implausible(ranked.get(0), others, otherAnchors, own.contains(ranked.get(0)))
                    && !Nearness.nearAnotherName(ranked.get(0), toponyms, t)) {
                // the likeliest reading lies far from all the article says; a reading in a country it names or
                // borders may still stand ("Iranian missiles struck Koya": Koysinjaq, Iraq, not Coyah, Guinea)
                GeoEntry near = ranked.stream().limit(PLAUSIBLE_READINGS).filter(e -> e.featureClass() == 'P'
                        && (population(e) >= SMALL_PLACE || e.featureCode().startsWith("PPLA") || t.village())
                        && (others.containsKey(e.countryCode()) || Borders.neighbourInFocus(e.countryCode(), others))).findFirst().orElse(null);
                if (near == null) {
                    continue;
                }
                ranked.remove(near);
                ranked.add(0, near);
            }
            GeoEntry seat = Nearness.seatOf(ranked.get(0), ranked, own);
            if (seat != null) {
                ranked.remove(seat);
                ranked.add(0, seat);
            }
            out.add(new Resolved(t, ranked.get(0), scores.get(ranked.get(0)), ranked.subList(1, Math.min(ranked.size(), 6))));
        }
        return new Pass(out, focus);
    }

    /** How many of a name's best readings are searched for one the article's countries make plausible. */
    static final int PLAUSIBLE_READINGS = 5;

    /**
     * The readings of a name that say where an article is: its towns and divisions, villages only when it
     * has nothing else. "Alberta" stays the province's alone, and a vote for Canada, though a village of
     * Colombia has the name too.
     */
    static List<GeoEntry> strongReadings(List<GeoEntry> candidates) {
        List<GeoEntry> out = new ArrayList<>(candidates.size());
        for (GeoEntry e : candidates) {
            if (!isVillage(e)) {
                out.add(e);
            }
        }
        return out.isEmpty() ? candidates : out;
    }

    /**
     * A village loses this much against a town of the name in another country: "Turkey fired on Qamishli"
     * is the Syrian city of 180,000, not a Turkish hamlet that folds like it, however Turkish the sentence
     * (ResolverScenarioTest).
     */
    static final double VILLAGE_ABROAD_PENALTY = 4.0;

    /** cities500's own floor: a place below it (with no population figure at all, mostly) is a village. */
    static final long VILLAGE_POPULATION = 500;
    /** How far from the article's towns a village of the same country may lie (ResolverScenarioTest, ras-al-ain). */
    static final double VILLAGE_KM = 150;

    /**
     * A small village of unknown population (most of Who's On First's 650,000 places, and the villages of a
     * user's GeoNames dump): thousands of them are named like people or tribes, and one name is often
     * dozens of villages ("Judaydah": 30 in Syria), so ToponymFinder reads such a name only with a cue,
     * and {@link VillagePlacement} keeps it only near the article's towns.
     */
    static boolean isVillage(GeoEntry e) {
        return population(e) < VILLAGE_POPULATION && e.featureClass() != 'A'; // a district is no village, whatever its count
    }


    /**
     * GeoNames leaves many towns' population at 0 (Ras al-Ain, Qamishli); an administrative seat is then
     * given the population typical of its rank so that it does not lose to any village of the same name.
     */
    public static long population(GeoEntry e) {
        if (e.population() > 0) {
            return e.population();
        }
        return switch (e.featureCode()) {
            case "PPLC" -> 1_000_000;
            case "PPLA" -> 200_000;
            case "PPLA2" -> 50_000;
            case "PPLA3" -> 10_000;
            case "PPLA4" -> 3_000;
            default -> 0;
        };
    }

    /** A village's name is not worth a continent's leap: small places far outside the article's countries. */
    static final long SMALL_PLACE = 10_000;
    static final double FAR_KM = 500;
    /**
     * The same, for a place the text names only by an alias or a spelling variant: "Mezzeh" (Damascus)
     * folds like Mèze, a French town of 11,000 (ResolverScenarioTest).
     */
    static final long SMALL_PLACE_BY_ALIAS = 100_000;
    /** Votes below which an article says too little of its countries to call a reading implausible (ResolverScenarioTest). */
    static final double PLAUSIBILITY_EVIDENCE = 0.5;
    /** A place smaller than this, known only by a folded spelling, is no reading without the article's support. */
    static final long HAMLET = 1_000;
    /** The vote an ambiguous name gives the country of its most populous reading, for that check only. */
    static final double AMBIGUOUS_FOCUS = 0.5;


    /** Whether the text writes the place's own name (folded, article aside), not an alias or a variant. */
    static boolean ownName(GeoEntry e, String foldedText) {
        return NameKey.withoutArticle(NameKey.fold(e.name())).equals(foldedText)
                || NameKey.withoutArticle(NameKey.fold(e.plainName())).equals(foldedText) // "Shan" is Shan State's own name:
                || e.isAdmin1() && NameKey.fold(MemoryGazetteer.REGION_SUFFIX.matcher(e.name()).replaceAll("")).equals(foldedText);
    }

    /**
     * The best reading of a name is still wrong when it is a small place in a country the article never
     * mentions, far from every place it does ("the village of Beita near Nablus" is not Baita, Romania):
     * better no place than that one (ResolverScenarioTest).
     */
    private static boolean implausible(GeoEntry e, Map<String, Double> focus, List<GeoEntry> anchors, boolean ownName) {
        // too little else to go on (one foreign army's nationality): the name's own reading stands, but not a
        // hamlet the name only folds like ("at In Amenas": Ammenäs, Sweden, 563 people)
        if (focus.values().stream().mapToDouble(Double::doubleValue).sum() < PLAUSIBILITY_EVIDENCE) {
            return !ownName && e.featureClass() == 'P' && population(e) > 0 && population(e) < HAMLET;
        }
        if (focus.containsKey(e.countryCode()) || e.isCountry() || Borders.neighbourInFocus(e.countryCode(), focus)
                || population(e) >= (ownName ? SMALL_PLACE : SMALL_PLACE_BY_ALIAS)) {
            return false;
        }
        for (GeoEntry a : anchors) {
            if (a.geonamesId() != e.geonamesId() && Distance.km(a, e) < FAR_KM) { // a place anchors no reading of itself
                return false;
            }
        }
        return true;
    }

    /** The anchors that are no reading of {@code t}: a name's readings do not vouch for each other ("Rajo", twice in Pakistan). */
    private static List<GeoEntry> othersThan(List<GeoEntry> anchors, Toponym t) {
        List<GeoEntry> out = new ArrayList<>(anchors);
        out.removeAll(t.candidates());
        return out;
    }

    /** How far a seat that does not bear its province's name holds places (ResolverScenarioTest, the village probes). */
    static final double SEAT_REACH_KM = 60;
    /**
     * Whether a following name ("Texas", "Lebanon", "Homs province", "Aleppo") is the country, region,
     * district or town that holds {@code e}: its country, its first- or second-level division, or a
     * town within {@link Nearness#WITHIN_TOWN_KM}.
     */
    static boolean qualifies(Toponym qualifier, GeoEntry e) {
        // a seat stands for its whole province only when it bears the province's name ("Kafr Dael, Aleppo"); else
        // for its surroundings ("Sahib Chinah, Puli Alam district"): "the San Mateo church in Chilpancingo" is not
        // a San Mateo anywhere in Guerrero
        boolean provinceNamed = qualifier.candidates().stream().anyMatch(GeoEntry::isAdmin1);
        for (GeoEntry q : strongReadings(qualifier.candidates())) {
            if (Nearness.holds(q, e) && (provinceNamed || q.featureClass() != 'P' || Distance.km(q, e) <= SEAT_REACH_KM)) {
                return true;
            }
        }
        return false;
    }
}
