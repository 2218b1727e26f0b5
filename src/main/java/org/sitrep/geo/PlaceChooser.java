package org.sitrep.geo;

import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.WordList;
import org.sitrep.model.Place;
import org.sitrep.nlp.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a sentence's resolved place mentions is where its event happened, coded at ACLED's
 * precision: a place after a locative preposition beats one named in passing; a country only as a place
 * ("in Syria"), never as an actor ("Turkey launched"); a capital that speaks ("Ankara denied") and where
 * fire came from ("fired from positions north of Hama") are no event's place; of two equally good, the
 * finer place inside the other's region wins; "near", "countryside" and "15 km south of" code
 * precision 2.
 */
final class PlaceChooser {
    /** How far a part may lie from the place it is part of (a district of a city, a province's town). */
    static final double PART_OF_KM = 60;
    /** ... and a quarter of a town from that town: "the Al-Marjeh neighborhood of Aleppo" is no village 21 km out. */
    static final double QUARTER_OF_KM = 10;

    private final PlaceCoder coder;

    PlaceChooser(PlaceCoder coder) {
        this.coder = coder;
    }

    /**
     * The sentence's event place: the best-scored mention ({@link #score}), of equally good ones the one the
     * text puts inside the other, else the finer. {@code countToken}, the token of the event's count (-1:
     * none), puts the equally good places of its clause first ("Explosion in Idlib countryside and the
     * death of a fighter in Homs countryside": Homs; "kill a person from Hama and ... in Daraa": Daraa).
     */
    PlaceChoice choose(List<Resolved> places, TaggedSentence s, int countToken) {
        int[] scores = new int[places.size()];
        int bestScore = SKIP;
        for (int k = 0; k < places.size(); k++) {
            scores[k] = score(places.get(k), places, s);
            bestScore = Math.max(bestScore, scores[k]);
        }
        if (bestScore == SKIP) {
            return PlaceChoice.NONE;
        }
        int[] clause = clauses(s, places);
        int countClause = countToken >= 0 && countToken < clause.length ? clause[countToken] : -1;
        boolean inClause = false;
        for (int k = 0; k < places.size(); k++) {
            Resolved r = places.get(k);
            inClause |= scores[k] == bestScore && !r.place().isCountry()
                    && clause[s.sentence().tokenIndex(r.toponym().start())] == countClause;
        }
        Resolved best = null;
        for (int k = 0; k < places.size(); k++) {
            Resolved r = places.get(k);
            if (scores[k] != bestScore || inClause && clause[s.sentence().tokenIndex(r.toponym().start())] != countClause) {
                continue;
            }
            // ACLED codes the most specific place: of two equally good, a place inside the other's region wins
            if (best == null || finer(r, best)) {
                best = r;
            }
        }
        best = townInProvince(best, places, scores, s);
        return code(best, s, holdsUnknownPlace(s, places, s.sentence().tokenIndex(best.toponym().start())));
    }

    /**
     * A province chosen (or its seat, the name read as both) over a town the sentence also names in it gives way
     * to the town, however it was named: "Madera: 19 die in confrontation in Chihuahua" is Madera; ACLED codes the
     * most specific place; but "the raids that targeted Idlib city and Jarjanaz" name the city, and a road's end
     * or a facility's name is no town of the event ("the Nairobi-Naivasha road at Mai Mahiu, Nakuru County"), nor
     * where a victim came from ("a man from Saraqib was killed in Idlib province").
     */
    private static Resolved townInProvince(Resolved best, List<Resolved> places, int[] scores, TaggedSentence s) {
        GeoEntry p = best.place();
        boolean province = p.isAdmin1() || seatOfItsName(best) && !Containment.TOWN_WORDS.contains(s.word(tokenEnd(s, best.toponym())));
        if (!province) {
            return best;
        }
        for (int k = 0; k < places.size(); k++) {
            Resolved r = places.get(k);
            GeoEntry e = r.place();
            if (r != best && scores[k] != SKIP && e.featureClass() == 'P' && r.toponym().kind() == Toponym.Kind.PLACE
                    && Nearness.inRegionOf(p, e) && Distance.km(p, e) > Nearness.WITHIN_TOWN_KM && !InPassing.named(s, r.toponym())
                    && !s.word(s.sentence().tokenIndex(r.toponym().start()) - 1).equals("from")) {
                return r;
            }
        }
        return best;
    }

    /** Whether the place chosen is a province's seat and the name also reads as that province ("Chihuahua", "Deir-ez-Zor"). */
    private static boolean seatOfItsName(Resolved r) {
        GeoEntry p = r.place();
        return (p.featureCode().equals("PPLA") || p.featureCode().equals("PPLC"))
                && r.toponym().candidates().stream().anyMatch(c -> c.isAdmin1() && Nearness.inRegionOf(c, p));
    }

    /** A mention's score that is never an event's place. */
    private static final int SKIP = Integer.MIN_VALUE;

    /**
     * Each token's clause: the count of clause joints before it ({@link WordList#CLAUSE_JOINTS}); a joint
     * between two names, after a place mention or a capitalised word and before a capitalised word, lists
     * them ("shelled Kafr Nabl and al-Bara"): it joins no clauses.
     */
    private static int[] clauses(TaggedSentence s, List<Resolved> places) {
        Set<Integer> after = new HashSet<>();
        for (Resolved r : places) {
            after.add(tokenEnd(s, r.toponym())); // the token after a mention
        }
        List<Token> toks = s.tokens();
        int[] out = new int[s.size()];
        int c = 0;
        for (int k = 0; k < out.length; k++) {
            out[k] = c;
            // "Kafr Nabl and al-Bara", "Kansafra and Kafr Uwaid" (a name the gazetteer lacks): a list of names
            boolean list = k > 0 && k + 1 < toks.size() && (after.contains(k) || toks.get(k - 1).isCapitalized())
                    && (toks.get(k + 1).isCapitalized() || toks.get(k + 1).text().startsWith("al-"));
            if (s.is(k, WordList.CLAUSE_JOINTS) && !list) {
                c++;
            }
        }
        return out;
    }

    /**
     * How well a mention says where the sentence's event happened: 3 after a locative or near word, 1 bare,
     * 0 a country after a locative, {@link #SKIP} for a demonym, a country as actor, a speaker, where fire
     * came from, or another place of a holder's name.
     */
    private static int score(Resolved r, List<Resolved> places, TaggedSentence s) {
        List<Token> toks = s.tokens();
        Toponym t = r.toponym();
        // an area within one country ("the Eastern Ghouta") is chosen as a place is, not as a country
        boolean area = r.place().featureCode().equals("RGN") && !r.place().countryCode().isEmpty();
        // ... and a country's name read as a division abroad ("Georgia", the US state) as a place
        Toponym.Kind kind = area || t.kind() == Toponym.Kind.COUNTRY && r.place().isAdmin1() ? Toponym.Kind.PLACE : t.kind();
        int ti = s.sentence().tokenIndex(t.start());
        int te = tokenEnd(s, t);
        String prev = s.word(ti - 1);
        if (prev.equals("the") && ti > 1 && kind == Toponym.Kind.PLACE) {
            prev = s.word(ti - 2); // "in the Daquq district", "in the Zubair district of Basra"
        }
        if ((prev.equals("'s") || prev.equals("’s")) && kind == Toponym.Kind.PLACE) {
            prev = beforeOwner(places, s, ti - 1, prev); // "in Sagaing's Paungbyin": where Sagaing's stands
        }
        boolean locative = s.lexicon().words(WordList.LOCATION_PREPOSITIONS).contains(prev)
                // "shelled Kafr Dael", "stormed Tafas": what was struck is where it happened
                || kind == Toponym.Kind.PLACE && s.lexicon().words(WordList.VILLAGE_CUES).contains(prev);
        int score;
        if (kind == Toponym.Kind.DEMONYM || kind == Toponym.Kind.COUNTRY && InPassing.acrossBorder(s, ti, te)) {
            return SKIP; // "clashes near the China border": the other side of it
        }
        if (kind == Toponym.Kind.COUNTRY) {
            // "Turkey launched", "reached a deal with Russia": a state as actor, not a place;
            // "in Syria", "northern Iraq": the country as the place, at its coarsest
            if (!(locative || s.lexicon().words(WordList.DIRECTIONS).contains(prev)) || prev.equals("with")
                    || prev.equals("by")) {
                return SKIP;
            }
            score = 0;
        } else if (s.is(te, WordList.SPEECH_VERBS) && !locative) {
            // "which Ankara denied": a capital speaking for its government; "an officer in Qamishli told":
            // a place after a preposition is no verb's subject
            return SKIP;
        } else if (ti >= 2 && s.word(ti - 1).equals("to") && s.word(ti - 2).equals("according")) {
            return SKIP; // "according to Ankara": a capital speaking for its government
        } else if (firedFrom(s, ti)) {
            return SKIP; // "shells fired from army positions north of Hama": where fire came from
        } else if (partOfFarPlace(places, s, r) || HolderVeto.outsideItsHolder(places, r, s)) {
            return SKIP; // "the Sur district of Cizre": a Sur elsewhere is not the one meant
        } else {
            score = locative || s.lexicon().words(WordList.NEAR_WORDS).contains(prev) ? 3 : 1;
            if (score == 1 && holdsUnknownPlace(s, places, ti)) {
                score = 3; // "at Mai Mahiu, Nakuru County": the county of a place the gazetteer lacks takes its "at"
            }
            if (InPassing.roadEnd(s, t, ti, te) || InPassing.facilityName(s, te)) {
                score = 1; // "on the Kabul-Kandahar highway near Shahjoy", "at the Amara cultural centre in Suruç": named in passing
            }
            if (prev.equals("from") || prev.equals("to")) {
                score = 1;
            }
            if (ti == 1 && prev.equals("in") && te < toks.size() && toks.get(te).text().equals(",")
                    && !r.place().isCountry()) {
                score = 2; // "In Daraa, gunmen shot dead a man in the town of Tafas": the province sets the scene
            }
        }
        return score;
    }

    /** {@code holder}: the place holds an unknown one the text puts there ("in Shheil, Deir-ez-Zor"), never the town itself. */
    private PlaceChoice code(Resolved best, TaggedSentence s, boolean holder) {
        List<Token> toks = s.tokens();
        Toponym t = best.toponym();
        GeoEntry e = best.place();
        int ti = s.sentence().tokenIndex(t.start());
        int te = tokenEnd(s, t);
        boolean near = false, region = false;
        for (int k = Math.max(0, ti - 4); k < ti; k++) {
            String w = s.word(k);
            if (s.lexicon().words(WordList.NEAR_WORDS).contains(w)) {
                near = true;
            }
            if (w.equals("rural") || w.equals("countryside")) {
                region = true;
            }
        }
        // "Daraa countryside", "Idlib's southern countryside": an area of the place
        int after = te < s.size() && (s.word(te).equals("'s") || s.word(te).equals("’s")) ? te + 1 : te;
        after += s.is(after, WordList.DIRECTIONS) ? 1 : 0;
        if (s.is(after, WordList.REGION_WORDS)) {
            region = true;
        }
        // "as they were coming from Afrin": where they came from is near the event, not its place
        near |= s.word(ti - 1).equals("from");
        // "the village of Assadiya, south of Ras al-Ain": the unknown village is coded to the town, near it
        if (!near && (unknownVillageBefore(s, ti) || holder)) {
            near = true;
        }
        // "in Shheil, Deir-ez-Zor": a province named like its seat, which stands for it
        boolean province = holder && seatOfItsName(best);
        Place p;
        if (e.isCountry()) {
            p = coder.code(e, 3);
        } else if (e.isAdmin1()) {
            p = regionPart(s, ti, te, e).orElseGet(() -> coder.codeRegion(e));
        } else if (province || !near && (s.is(te, WordList.PROVINCE_WORDS) || ti >= 2 && s.word(ti - 1).equals("of") && s.is(ti - 2, WordList.PROVINCE_WORDS))
                && (e.featureCode().equals("PPLA") || e.featureCode().equals("PPLC"))) {
            // "in Mandera county", "the province of Idlib": the province its seat names, coded at that seat with precision 3
            p = regionPart(s, ti, te, e).orElseGet(() -> coder.code(e, 3));
        } else {
            // a district chosen for want of a town is an area: ACLED's 2, never the town itself
            p = coder.code(e, region || near || e.featureClass() == 'A' || e.featureClass() == 'L' ? 2 : 1); // 'L': an area ("Eastern Ghouta")
            double[] moved = Bearings.stated(s, ti, p.latitude(), p.longitude());
            if (moved == null && (region || near)) {
                moved = Bearings.area(s, ti, te, p.latitude(), p.longitude()); // "the southern countryside of Idlib"
            }
            if (moved != null) {
                p = new Place(p.location(), moved[0], moved[1], p.countryCode(), p.country(), p.iso3(), p.admin1(),
                        p.admin2(), p.geonamesId(), p.featureCode(), 2);
            }
        }
        return new PlaceChoice(p, t.text());
    }

    /**
     * "northern Shan State", "east and south of Idlib province": the town that stands for that part of the
     * division ({@link Gazetteer#admin1Part}), at precision 3; empty when no compass word names a part.
     */
    private java.util.Optional<Place> regionPart(TaggedSentence s, int ti, int te, GeoEntry division) {
        double bearing = Bearings.areaBearing(s, ti, te);
        return bearing < 0 ? java.util.Optional.empty()
                : coder.gazetteer().admin1Part(division.countryCode(), division.admin1(), bearing).map(town -> coder.code(town, 3));
    }

    /** The word before the place that owns the possessive at token {@code possessive}, else {@code otherwise}. */
    private static String beforeOwner(List<Resolved> places, TaggedSentence s, int possessive, String otherwise) {
        for (Resolved o : places) {
            if (tokenEnd(s, o.toponym()) == possessive) {
                return s.word(s.sentence().tokenIndex(o.toponym().start()) - 1);
            }
        }
        return otherwise;
    }

    /** "X district of Y" where the X found lies far from the Y found: that X is another place of the name. */
    private static boolean partOfFarPlace(List<Resolved> places, TaggedSentence s, Resolved r) {
        int te = tokenEnd(s, r.toponym());
        if (te + 2 >= s.size() || !s.is(te, WordList.PART_WORDS) || !s.word(te + 1).equals("of")) {
            return false;
        }
        int w = te + 2;
        while (w < Math.min(s.size() - 1, te + 4) && !s.tokens().get(w).isCapitalized()) {
            w++; // "the Al-Joura neighbourhood of besieged Deir ez-Zor", "of the city of Aleppo"
        }
        int whole = s.tokens().get(w).start();
        for (Resolved o : places) {
            if (o.toponym().start() == whole) {
                String part = s.word(te);
                boolean quarter = part.startsWith("neighbo") || part.equals("quarter") || part.equals("suburb");
                // "Sinjar district of Nineveh", "Sangin district of Helmand province": a province holds its
                // districts however far they lie from its seat
                if (!quarter && o.toponym().candidates().stream().anyMatch(q -> (q.isAdmin1() || q.isCountry()
                        || "ADM2".equals(q.featureCode())) && Nearness.holds(q, r.place()))) {
                    return false; // ... and a district its villages ("Jalalaluma village of Tana River district")
                }
                return Distance.km(r.place(), o.place()) > (quarter ? QUARTER_OF_KM : PART_OF_KM);
            }
        }
        return false;
    }

    /** Of two equally good: the one the text puts inside the other ("Celaya, Guanajuato"), else the finer. */
    private static boolean finer(Resolved r, Resolved best) {
        if (r.toponym().within() == best.toponym().start() || best.toponym().within() == r.toponym().start()) {
            return r.toponym().within() == best.toponym().start();
        }
        return finerWithin(r.place(), best.place());
    }

    /** Whether {@code a} is a smaller place in the same first-level region as {@code b} ("Tafas" in Daraa). */
    private static boolean finerWithin(GeoEntry a, GeoEntry b) {
        // an area is never finer than a town in it, whatever its unknown size ("Kafr Nabl ... in Jabal al-Zawiya")
        return !a.isCountry() && !b.isCountry() && a.countryCode().equals(b.countryCode()) && a.admin1().equals(b.admin1())
                && !(a.featureClass() != 'P' && b.featureClass() == 'P')
                && (b.isAdmin1() || !a.isAdmin1() && (Resolver.population(a) < Resolver.population(b)
                || b.featureClass() == 'A' && a.featureClass() == 'P')); // a village is finer than its district, known size or not
    }

    private static boolean firedFrom(TaggedSentence s, int ti) {
        for (int k = Math.max(0, ti - 6); k < ti; k++) {
            if (!s.word(k).equals("from") || struckBetween(s, k + 1, ti)) {
                continue; // "rockets fired from Syria hit Kilis": what was hit is no origin of fire
            }
            if (k > 0 && s.is(k - 1, WordList.FIRE_VERBS) && !personMoving(s, k - 1)) {
                return true;
            }
            if (k + 2 < ti && s.is(k + 2, WordList.POSITION_WORDS)) {
                return true;
            }
        }
        return false;
    }

    /** People, not fire, before "came"/"coming": "as they were coming from Afrin" is where they came from. */
    private static boolean personMoving(TaggedSentence s, int verb) {
        for (int k = Math.max(0, verb - 2); k < verb; k++) {
            if (PEOPLE_PRONOUNS.contains(s.word(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PEOPLE_PRONOUNS = Set.of("they", "he", "she", "we", "who");

    /** "the village of Assadiya, south of Ras al-Ain": a village the gazetteer lacks, named before the place. */
    private static boolean unknownVillageBefore(TaggedSentence s, int ti) {
        for (int k = Math.max(0, ti - 8); k < ti - 1; k++) {
            String w = s.word(k);
            if ((w.equals("village") || w.equals("town") || w.equals("hamlet")) && k + 2 < ti
                    && s.word(k + 1).equals("of") && s.tokens().get(k + 2).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    private static boolean struckBetween(TaggedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.is(k, WordList.VILLAGE_CUES) && !s.tokens().get(k).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma and, before it, capitalised words no mention covers, after a locative, precede token {@code ti}. */
    private static boolean holdsUnknownPlace(TaggedSentence s, List<Resolved> places, int ti) {
        if (ti < 3 || !s.word(ti - 1).equals(",") && !s.word(ti - 1).equals("(")) {
            return false; // "at Mai Mahiu, Nakuru County", "at Oldonyiro (Isiolo North, Isiolo)"
        }
        int k = ti - 2;
        while (k >= 0 && (s.tokens().get(k).isCapitalized() || s.word(k).equals("(")) && !mentioned(s, places, k)) {
            k--; // "at Mutuati (Igembe North, Meru)": unknown names, one in brackets after the other
        }
        return k < ti - 2 && k >= 0 && (s.lexicon().words(WordList.LOCATION_PREPOSITIONS).contains(s.word(k))
                || s.lexicon().words(WordList.NEAR_WORDS).contains(s.word(k)));
    }

    private static boolean mentioned(TaggedSentence s, List<Resolved> places, int k) {
        for (Resolved r : places) {
            if (s.sentence().tokenIndex(r.toponym().start()) <= k && k < tokenEnd(s, r.toponym())) {
                return true;
            }
        }
        return false;
    }

    /** Index just after the toponym's last token. */
    static int tokenEnd(TaggedSentence s, Toponym t) {
        return s.sentence().tokenIndex(t.end() - 1) + 1;
    }
}
