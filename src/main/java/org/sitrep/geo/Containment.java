package org.sitrep.geo;

import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.WordList;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the words around place mentions say of which holds which: "Palmyra in Homs province", "Semdinli,
 * Hakkari", "Guaymas Sonora", and the scene a sentence opens with ("In Kaduna, ... in Masat village").
 * {@link ToponymFinder} marks a mention held by another ({@link Toponym#within}) and one the text calls a
 * village ({@link Toponym#village}); the resolver and the place choice read the marks.
 */
final class Containment {
    private final Gazetteer gazetteer;
    private final Set<String> directions;
    private final Set<String> regionWords;
    private final Set<String> partWords;
    private final Set<String> institutions;
    private final Set<String> villageWords;

    Containment(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.directions = lexicon.words(WordList.DIRECTIONS);
        this.regionWords = lexicon.words(WordList.REGION_WORDS);
        this.partWords = lexicon.words(WordList.PART_WORDS);
        this.institutions = lexicon.words(WordList.INSTITUTIONS);
        this.villageWords = lexicon.words(WordList.VILLAGE_WORDS);
        this.peopleWords = java.util.stream.Stream.of(WordList.PEOPLE_NOUNS, WordList.RESIDENT_WORDS, WordList.ACTOR_WORDS,
                WordList.ONE_PERSON_NOUNS).flatMap(w -> lexicon.words(w).stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Nouns of people and forces after a name that make a word or a given name a people's ("Chin villagers"). */
    private final Set<String> peopleWords;

    /** "Township" and its abbreviations in Myanmar's reports ("Maungdaw Twsp"). */
    static final Set<String> TOWNSHIP = Set.of("township", "twsp", "twp");

    /** Words after a name that make it a town: "Abu Kamal city" is no district, "Idlib city" no province. */
    static final Set<String> TOWN_WORDS = Set.of("city", "town");

    /**
     * Whether "city" or "town" follows the name at token {@code j} and some of its readings are towns: then
     * only those are meant.
     */
    static boolean calledTown(List<Token> toks, int j, List<GeoEntry> readings) {
        return j < toks.size() && TOWN_WORDS.contains(toks.get(j).lower()) && readings.stream().anyMatch(e -> e.featureClass() == 'P');
    }

    /** Countries with townships (township-countries.txt), lower case. */
    private static final Set<String> TOWNSHIP_COUNTRIES = GeoResources.readList("/sitrep/geo/township-countries.txt");

    /**
     * What "X Township" may be: a town of X, never a capital ("Washington Township"), or a district-level
     * area ("Maungdaw Township", Rakhine's, not the village of the name in Chin State), in a country that has
     * townships ("Kalay Township" is Kalemyo, not Calais).
     */
    static boolean townshipReading(GeoEntry e) {
        return (e.featureClass() == 'P' && !e.featureCode().equals("PPLC") || "ADM2".equals(e.featureCode()) || "ADM3".equals(e.featureCode()))
                && TOWNSHIP_COUNTRIES.contains(e.countryCode().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The readings of "X Township" ({@link #townshipReading}); of its towns, those in the district named X when
     * there is one: "Yinmarbin Township" is the district's Yinmabin, not a village of the name 40 km east.
     */
    static List<GeoEntry> townshipReadings(List<GeoEntry> c) {
        List<GeoEntry> t = c.stream().filter(Containment::townshipReading).toList();
        List<GeoEntry> districts = t.stream().filter(e -> "ADM2".equals(e.featureCode()) && !e.admin2().isEmpty()).toList();
        List<GeoEntry> seated = t.stream().filter(e -> e.featureClass() == 'P' && districts.stream().anyMatch(d -> d.countryCode()
                .equals(e.countryCode()) && d.admin1().equals(e.admin1()) && d.admin2().equals(e.admin2()))).toList();
        return seated.isEmpty() ? t : seated;
    }

    /**
     * "Ogboro, Rivers", "Aso, FCT": after a place and a comma, a word English also has, or an acronym, is read
     * as the province of that name in the place's country; the finder takes neither alone ("Rivers", "FCT").
     * Null when the word names no such province.
     */
    Toponym provinceAfterComma(String text, int sentence, List<Token> toks, int i, List<Toponym> out, int first) {
        if (i < 2 || !toks.get(i - 1).text().equals(",") || out.size() <= first || !toks.get(i).isCapitalized()
                || i + 1 < toks.size() && toks.get(i + 1).isCapitalized()) {
            return null;
        }
        Toponym place = out.get(out.size() - 1);
        if (place.kind() != Toponym.Kind.PLACE || place.end() != toks.get(i - 2).end()) {
            return null;
        }
        Token t = toks.get(i);
        List<GeoEntry> provinces = gazetteer.places(NameKey.of(t.text())).stream().filter(GeoEntry::isAdmin1)
                .filter(p -> place.candidates().stream().anyMatch(c -> c.countryCode().equals(p.countryCode()))).toList();
        return provinces.isEmpty() ? null : new Toponym(t.text(), t.start(), t.end(), sentence, Toponym.Kind.PLACE, provinces);
    }

    /** Whether a comma follows within the bracket that opens before token {@code from}. */
    private static boolean commaAfter(List<Token> toks, int from) {
        for (int k = from; k < toks.size() && !toks.get(k).text().equals(")"); k++) {
            if (toks.get(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Most words between a place and the area that holds it: "in the western countryside of". */
    static final int MAX_CONTAINMENT_WORDS = 6;

    /**
     * "Palmyra in Homs province", "Kafr Dael in the western countryside of Aleppo", "Nad Ali district of
     * Helmand", "Semdinli, Hakkari", "Maarat al-Numan in southern Idlib countryside", "Shin, a village in Mosa
     * Khail": the words between two mentions say the second holds the first. Only "in", "of", a comma, "the", "a", directions, area words
     * ("district", "countryside") and institutions ("church") may stand between, and one of "in", "of" or the comma must.
     */
    void mark(Sentence s, List<Toponym> out, int first) {
        List<Token> toks = s.tokens();
        for (int k = first; k < out.size(); k++) {
            if (calledVillage(s, out.get(k))) {
                out.set(k, out.get(k).asVillage());
            }
        }
        for (int k = first; k + 1 < out.size(); k++) {
            Toponym a = out.get(k), b = out.get(k + 1);
            int from = s.tokenIndex(a.end() - 1) + 1, to = s.tokenIndex(b.start());
            if (a.kind() != Toponym.Kind.DEMONYM && b.kind() == Toponym.Kind.PLACE && from >= 0 && to == from + 1
                    && (toks.get(from).text().equals("'s") || toks.get(from).text().equals("’s"))) {
                out.set(k + 1, b.within(a.start())); // "Myanmar's Kani Township", "Sagaing's Ayadaw": the owner holds it
                continue;
            }
            if (a.kind() == Toponym.Kind.COUNTRY && b.kind() == Toponym.Kind.COUNTRY && from >= 0 && to > from
                    && toks.subList(from, to).stream().allMatch(w -> w.text().equals(",") || w.lower().equals("and") || w.lower().equals("or"))) {
                out.set(k + 1, b.listedAfter(a.start())); // "Nigeria, Niger and Chad": no country holds another
                continue;
            }
            if (a.kind() != Toponym.Kind.PLACE || b.kind() == Toponym.Kind.DEMONYM) {
                continue;
            }
            if (from < 0 || to < from || to - from > MAX_CONTAINMENT_WORDS) {
                continue;
            }
            if (to == from) {
                // "Guaymas Sonora", "Playas Tijuana": a name run straight on to another is a part of it
                out.set(k, a.within(b.start()));
                continue;
            }
            boolean link = false, ok = true, commaOnly = true;
            for (int x = from; x < to && ok; x++) {
                String w = toks.get(x).lower();
                if (directions.contains(w) && x + 1 < to && toks.get(x + 1).lower().equals("of")
                        && (x == from || !toks.get(x - 1).lower().equals("the"))) {
                    ok = false; // "Tal Afar, west of Mosul": a bearing from a town, not a part of it ("the west of Idlib")
                } else if (w.equals("in") || w.equals("of") || w.equals(",") || w.equals("(") && x == to - 1 && commaAfter(toks, to)) {
                    // "Iskandariya (Al-Musayab, Babil)": a bracket opens the holders as a comma does, but "al-Malikiyah
                    // (Derik)" gives the place's other name
                    link = true;
                    commaOnly &= w.equals(",") || w.equals("(");
                } else if (!(w.equals("the") || w.equals("a") || w.equals("an") || w.equals("'s") || w.equals("’s") || directions.contains(w)
                        || x == from && (w.equals("'") || w.equals("’")) // a soft sign ending the name: "Harkavets', Kharkiv"
                        || regionWords.contains(w) || partWords.contains(w) || institutions.contains(w))) {
                    ok = false;
                }
            }
            if (ok && link && commaOnly && inList(toks, s.tokenIndex(a.start()), s.tokenIndex(b.end() - 1) + 1)) {
                out.set(k + 1, b.listedAfter(a.start()));
                continue; // "in Homs, Rif Dimashq and its outskirts": a list, not "Semdinli, Hakkari"
            }
            if (listed(toks, from, to)) {
                out.set(k + 1, b.listedAfter(a.start())); // "Utah, Colorado, and Idaho"
                continue;
            }
            if (ok && link) {
                out.set(k, a.within(b.start()));
            } else if (bearing(toks, from, to)) {
                out.set(k, a.bearingFrom(b.start()));
            }
        }
        Toponym scene = scene(s, out, first);
        for (int k = first + 1; scene != null && k < out.size(); k++) {
            Toponym t = out.get(k);
            if (t.kind() == Toponym.Kind.PLACE && t.within() < 0 && !t.inName() && (t.village() || t.candidates().stream()
                    .allMatch(e -> e.featureClass() == 'P' && Resolver.population(e) < Resolver.SMALL_PLACE)
                    || t.candidates().stream().anyMatch(e -> Resolver.qualifies(scene, e)))) {
                out.set(k, t.within(scene.start())); // "In Kaduna, gunmen killed a man in Masat village"
            }
        }
    }

    /**
     * The place a sentence opens with to set its scene, "In Kaduna, ...", "In northern Idlib province, ...",
     * "Guanajuato: 8 dead in ...": it holds the small places the sentence goes on to name, and those of its
     * names it has a reading of. Null when the sentence opens otherwise.
     */
    private Toponym scene(Sentence s, List<Toponym> out, int first) {
        if (first >= out.size() || out.get(first).kind() != Toponym.Kind.PLACE) {
            return null;
        }
        List<Token> toks = s.tokens();
        Toponym t = out.get(first);
        int i = s.tokenIndex(t.start()), j = s.tokenIndex(t.end() - 1) + 1;
        if (i == 0 && j > 0 && j < toks.size() && toks.get(j).text().equals(":")) {
            return t; // a headline's "Guanajuato: ..."
        }
        if (i < 1 || j <= 0 || !toks.get(0).lower().equals("in")) {
            return null;
        }
        for (int x = 1; x < i; x++) {
            if (!toks.get(x).lower().equals("the") && !directions.contains(toks.get(x).lower())) {
                return null;
            }
        }
        while (j < toks.size() && regionWords.contains(toks.get(j).lower())) {
            j++; // "In Idlib province,"
        }
        return j < toks.size() && toks.get(j).text().equals(",") ? t : null;
    }

    /** "Masat village", "the village of Masat", "the hamlet Bakal": the text calls the place a village. */
    private boolean calledVillage(Sentence s, Toponym t) {
        if (t.kind() != Toponym.Kind.PLACE) {
            return false;
        }
        List<Token> toks = s.tokens();
        int i = s.tokenIndex(t.start()), j = s.tokenIndex(t.end() - 1) + 1;
        if (i < 0 || j <= 0) {
            return false;
        }
        if (j < toks.size() && villageWords.contains(toks.get(j).lower())) {
            return true;
        }
        // "at Shin, a village in Mosa Khail": the apposition calls it one
        if (j + 2 < toks.size() && toks.get(j).text().equals(",") && (toks.get(j + 1).lower().equals("a") || toks.get(j + 1).lower().equals("an"))
                && villageWords.contains(toks.get(j + 2).lower())) {
            return true;
        }
        int before = i > 0 && toks.get(i - 1).lower().equals("of") ? i - 2 : i - 1;
        return before >= 0 && villageWords.contains(toks.get(before).lower());
    }

    /** Whether the words between two names [from, to) list them: "and", "or", ", and" (no comma alone). */
    private static boolean listed(List<Token> toks, int from, int to) {
        boolean conjunction = false;
        for (int x = from; x < to; x++) {
            String w = toks.get(x).lower();
            if (w.equals("and") || w.equals("or") || w.equals("&")) {
                conjunction = true;
            } else if (!w.equals(",")) {
                return false;
            }
        }
        return conjunction;
    }

    /** Whether tokens [from, to) stand in a list: a comma before them, or "and"/"or" after. */
    private static boolean inList(List<Token> toks, int from, int to) {
        String before = from > 0 ? toks.get(from - 1).text() : "";
        String after = to < toks.size() ? toks.get(to).lower() : "";
        return before.equals(",") || after.equals("and") || after.equals("or") || after.equals("&");
    }

    /** Words a bearing may hold besides its direction: "Ataman, just north of Daraa", "15 km south of Bukamal". */
    private static final Set<String> BEARING_WORDS = Set.of(",", "the", "just", "some", "about", "around", "roughly",
            "approximately", "nearly", "a", "few", "km", "kilometres", "kilometers", "miles", "mi", "-", "of");

    /** Whether tokens [from, to) are a bearing: a direction before "of", and only distances, adverbs and area words besides. */
    private boolean bearing(List<Token> toks, int from, int to) {
        boolean direction = false;
        for (int x = from; x < to; x++) {
            String w = toks.get(x).lower();
            if (directions.contains(w) && x + 1 < to && toks.get(x + 1).lower().equals("of")) {
                direction = true;
            } else if (!BEARING_WORDS.contains(w) && !regionWords.contains(w) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return direction;
    }

    /**
     * "Guaymas Sonora", "Tlacotepec Guerrero", "Entontol of Narok": the rest of the capitalised run is a country
     * or a first-level division (or, after "of", a district) that holds one of the name's readings, rather than
     * extending the name. "Tana Delta" is one name the gazetteer lacks: no Tana lies in Nigeria's Delta state.
     */
    boolean regionAfter(String text, List<Token> toks, int j, int runEnd, List<GeoEntry> readings) {
        // "Entontol of Narok", "Kanfushah of Hasakah": after "of", a district names the place's area too
        boolean of = toks.get(j).lower().equals("of") && runEnd > j + 1;
        String key = NameKey.of(text.substring(toks.get(of ? j + 1 : j).start(), toks.get(runEnd - 1).end()));
        if (key.isEmpty()) {
            return false;
        }
        var country = gazetteer.countryByKey(key).filter(c -> !c.demonym());
        if (country.isPresent()) {
            return readings.stream().anyMatch(r -> r.countryCode().equals(country.get().country().iso2()));
        }
        for (GeoEntry e : gazetteer.places(key)) {
            // ... or a district's seat, which holds its district's villages ("Gereguh of Amedi")
            if ((e.isAdmin1() || of && ("ADM2".equals(e.featureCode()) || "PPLA2".equals(e.featureCode())))
                    && readings.stream().anyMatch(r -> Nearness.holds(e, r))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name is listed with a division ("Utah, Colorado, and Idaho"), which makes it one too (Resolver). */
    static boolean listedWithDivisions(List<Toponym> toponyms, Toponym t) {
        for (Toponym o : toponyms) {
            if (o != t && o.kind() == Toponym.Kind.PLACE && (o.start() == t.listedAfter() || o.listedAfter() == t.start())
                    && o.candidates().stream().max(Comparator.comparingLong(Resolver::population))
                    .map(top -> top.isAdmin1() && !Nearness.bigTownIn(o.candidates(), top)).orElse(false)) {
                // ("New York" is read as its city, as one reading alone would be)
                return true;
            }
        }
        return false;
    }

    /**
     * Names whose holder is read only in countries where the name has no reading ("Jillin, Daraa": the gazetteer
     * lacks the village, and Jilin, China is no place of Daraa's) are dropped: the holder codes the event, at its
     * own precision, rather than a namesake abroad.
     */
    static List<Toponym> withoutForeignToHolder(List<Toponym> toponyms) {
        List<Toponym> out = new java.util.ArrayList<>(toponyms.size());
        for (Toponym t : toponyms) {
            Toponym holder = firmHolder(toponyms, t);
            if (holder == null || !foreignTo(holder, t.candidates())) {
                out.add(t);
            }
        }
        return out.size() == toponyms.size() ? toponyms : out;
    }

    /**
     * The mention that holds a place name and says so firmly, or null: right after it ("X, Y", "X in Y", "X (Y"),
     * a country, a province or a province's seat by its own name; not one that opens a list ("Saipan, Guam,
     * Alaska") nor a country a clause away ("from Sirte, the US gave ...").
     */
    static Toponym firmHolder(List<Toponym> toponyms, Toponym t) {
        Toponym holder = t.kind() != Toponym.Kind.PLACE || t.inName() || t.within() <= t.end() + 1 ? null
                : mentionAt(toponyms, t.within());
        if (holder == null || holder.kind() == Toponym.Kind.COUNTRY && holder.start() - t.end() > MAX_COUNTRY_GAP
                || opensList(toponyms, holder)) {
            return null;
        }
        if (firm(holder)) {
            return holder;
        }
        // "X (Y district, Z province)": the province that holds the district ("Y, Z" a chain, not a list)
        Toponym outer = holder.kind() != Toponym.Kind.PLACE || holder.within() <= holder.end() + 1 ? null
                : mentionAt(toponyms, holder.within());
        return outer != null && outer.start() - holder.end() <= 2 && firm(outer)
                && holder.candidates().stream().anyMatch(h -> Resolver.qualifies(outer, h)) ? outer : null;
    }

    /** The mention that starts at {@code start} (a {@link Toponym#within} mark), or null (-1: none). */
    static Toponym mentionAt(List<Toponym> toponyms, int start) {
        if (start < 0) {
            return null;
        }
        for (Toponym o : toponyms) {
            if (o.start() == start) {
                return o;
            }
        }
        return null;
    }

    /** A country, a province or a province's seat by its own name. */
    private static boolean firm(Toponym holder) {
        String folded = NameKey.withoutArticle(NameKey.fold(holder.text()));
        return Resolver.strongReadings(holder.candidates()).stream().anyMatch(h -> h.isCountry()
                || (h.isAdmin1() || h.featureCode().equals("PPLA") || h.featureCode().equals("PPLC"))
                && Resolver.ownName(h, folded));
    }

    /** Most characters between a name and the country that holds it: ", ", " in ", " of ". */
    private static final int MAX_COUNTRY_GAP = 4;

    private static boolean opensList(List<Toponym> toponyms, Toponym holder) {
        for (Toponym o : toponyms) {
            if (o.sentence() == holder.sentence() && o.start() > holder.end() && o.start() - holder.end() <= 2) {
                // "Jillin, Daraa, Syria" is a chain of holders; "Saipan, Guam, Alaska" a list
                return o.candidates().stream().noneMatch(q -> holder.candidates().stream().anyMatch(h -> Nearness.holds(q, h)));
            }
        }
        return false;
    }

    private static boolean foreignTo(Toponym holder, List<GeoEntry> readings) {
        Set<String> countries = new java.util.HashSet<>();
        readings.forEach(e -> countries.add(e.countryCode()));
        return Resolver.strongReadings(holder.candidates()).stream().noneMatch(h -> countries.contains(h.countryCode()));
    }

    /**
     * A word or given name that is also a first-level division's name, before people or forces ("Chin
     * villagers", "Karen refugees", "Chin resistance fighters"): the people named for their state, placed in
     * it; null when no noun of people follows (one word between allowed) or no division bears the name.
     */
    Toponym peopleOfDivision(List<Token> toks, int j, Toponym t) {
        boolean people = false;
        for (int k = j; k < Math.min(toks.size(), j + 2) && !people; k++) {
            people = peopleWords.contains(toks.get(k).lower());
        }
        List<GeoEntry> divisions = t.candidates().stream().filter(GeoEntry::isAdmin1).toList();
        return !people || divisions.isEmpty() ? null
                : new Toponym(t.text(), t.start(), t.end(), t.sentence(), Toponym.Kind.PLACE, divisions);
    }
}
