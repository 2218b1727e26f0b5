package org.sitrep.extract;

import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.PlaceCoder;
import org.sitrep.geo.Resolved;
import org.sitrep.geo.Resolver;
import org.sitrep.geo.Toponym;
import org.sitrep.geo.ToponymFinder;
import org.sitrep.model.Article;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Status;
import org.sitrep.nlp.AnalyzedText;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.TextAnalyzer;
import org.sitrep.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one article and returns its events, as an ACLED coder would. The stages run in order:
 * sentences and tokens ({@link TextAnalyzer}); place mentions, resolved for the whole article
 * ({@link ToponymFinder}, {@link Resolver}); one {@link Frame} per sentence that carries an event cue;
 * frames grouped into incidents ({@link Grouper}); events written with notes and evidence
 * ({@link EventWriter}). Thread-safe: one instance serves a whole batch.
 */
public final class Extractor {
    /** A dateline opens the first body paragraph: "ERBIL, Kurdistan Region –", "BEIRUT (Reuters) -". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[A-Z][\\p{L}'’.-]*(?:[ ,]+[A-Z\\p{Lu}][\\p{L}'’.-]*){0,5}\\s*(?:\\([^)]{1,40}\\))?\\s*[–—-]{1,2}\\s");
    private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "near", "at", "outside", "around", "of",
            "into", "on", "inside", "across", "towards", "toward", "between", "to", "from", "include");
    private static final Set<String> NEAR_WORDS = Set.of("near", "outside", "around", "outskirts", "south", "north",
            "east", "west", "southeast", "southwest", "northeast", "northwest", "countryside", "rural", "vicinity",
            "environs", "close", "nearby", "km", "kilometres", "kilometers", "miles", "southern", "northern",
            "eastern", "western", "suburbs", "suburb", "periphery", "border", "borders");
    private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west");
    private static final Set<String> REGION_WORDS = Set.of("province", "governorate", "district", "region",
            "countryside", "rural", "subdistrict", "area", "areas", "state");
    private static final Set<String> FUTURE = Set.of("will", "plans", "plan", "planned", "scheduled", "intends",
            "tomorrow", "upcoming", "contingent", "would", "expected");
    private static final Set<String> SEPARATE = Set.of("separate", "separately", "meanwhile", "elsewhere", "another");
    private static final Set<String> SPEECH = Set.of("told", "said", "says", "tweeted", "reported", "reports",
            "stated", "announced", "claimed");

    private final Lexicon lexicon;
    private final TextAnalyzer analyzer;
    private final ToponymFinder finder;
    private final Resolver resolver = new Resolver();
    private final PlaceCoder coder;
    private final Gazetteer gazetteer;
    private final Casualty casualty;
    private final Actors actors;
    private final EventWriter writer;

    public Extractor(Lexicon lexicon, TextAnalyzer analyzer, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.analyzer = analyzer;
        this.gazetteer = gazetteer;
        this.finder = new ToponymFinder(gazetteer);
        this.coder = new PlaceCoder(gazetteer);
        this.casualty = new Casualty(lexicon);
        this.actors = new Actors(lexicon, gazetteer);
        this.writer = new EventWriter(lexicon, actors);
    }

    /** The place mentions of an article, resolved: what {@code sitrep geoparse} prints. */
    public List<Resolved> geoparse(String text) {
        return resolver.resolve(finder.find(analyzer.analyze(text)));
    }

    public List<Event> extract(Article article) {
        AnalyzedText doc = analyzer.analyze(article.text());
        List<Sentence> sentences = doc.sentences();
        if (sentences.isEmpty()) {
            return List.of();
        }
        int headlineEnd = headlineEnd(doc);
        int datelineEnd = datelineEnd(doc, headlineEnd);
        List<Toponym> all = finder.find(doc);
        List<Toponym> usable = new ArrayList<>();
        List<Toponym> dateline = new ArrayList<>();
        Map<Integer, List<int[]>> names = new HashMap<>();
        for (Toponym t : all) {
            if (t.end() <= datelineEnd && t.start() >= headlineEnd) {
                dateline.add(t); // a dateline says where the reporter filed, not where anything happened
                continue;
            }
            if (isSourceLocation(doc.text(), t) || insideName(doc, t, names)) {
                continue;
            }
            usable.add(t);
        }
        Map<String, Double> homes = actorHomes(sentences);
        List<Resolved> resolved = resolver.resolve(usable, homes);
        GeoEntry filedFrom = resolver.resolve(dateline, homes).stream().map(Resolved::place)
                .filter(e -> !e.isCountry()).findFirst().orElse(null);
        String focus = focusCountry(resolved, filedFrom);
        if (focus.isEmpty()) { // "SDF fighters were killed ...": no place named, but the group's country
            focus = homes.keySet().stream().findFirst().orElse("");
        }
        Map<Integer, List<Resolved>> bySentence = new HashMap<>();
        for (Resolved r : resolved) {
            bySentence.computeIfAbsent(r.toponym().sentence(), k -> new ArrayList<>()).add(r);
        }
        Map<Source.Kind, Source> namedByKind = namedSources(sentences);
        LocalDate pub = article.published();
        LocalDate leadDate = null;
        List<Frame> frames = new ArrayList<>();
        for (Sentence s : sentences) {
            boolean headline = s.end() <= headlineEnd;
            List<Dates.DateMention> dates = Dates.find(s.tokens(), pub);
            Dates.DateMention eventDate = eventDate(s.tokens(), dates);
            if (leadDate == null && !headline && eventDate != null && !eventDate.future() && !eventDate.speech()) {
                leadDate = eventDate.date();
            }
            Frame f = frame(doc, s, headline, bySentence.getOrDefault(s.index(), List.of()),
                    bySentence.getOrDefault(s.index() + 1, List.of()), focus, eventDate, namedByKind);
            if (f != null) {
                frames.add(f);
            } else if (!headline && !frames.isEmpty()) {
                Frame follow = followUp(frames.get(frames.size() - 1), s);
                if (follow != null) {
                    frames.add(follow);
                }
            }
        }
        LocalDate fallback = leadDate != null ? leadDate : pub;
        List<Grouper.Incident> incidents = new Grouper().group(frames, fallback);
        // an event the text places nowhere: near where the reporter filed, when that is in the story's country
        // ("HASAKAH - The army shelled villages ..."), else the country
        Place focusPlace = filedFrom != null && filedFrom.countryCode().equals(focus) ? coder.code(filedFrom, 3)
                : gazetteer.country(focus).map(c -> coder.code(c.asEntry(), 3)).orElse(null);
        return writer.write(article, doc, incidents, fallback, leadDate != null, focus, focusPlace);
    }

    private Frame frame(AnalyzedText doc, Sentence s, boolean headline, List<Resolved> places,
                        List<Resolved> nextPlaces, String focus,
                        Dates.DateMention date, Map<Source.Kind, Source> namedByKind) {
        List<Token> toks = s.tokens();
        if (tally(toks)) {
            return null;
        }
        Map<String, Integer> cues = new LinkedHashMap<>();
        for (var m : lexicon.cues.findAll(toks)) {
            Token first = toks.get(m.start());
            String before = m.start() > 0 ? toks.get(m.start() - 1).text() : "";
            boolean opens = Set.of("\u2014", "\u2013", "-", "--", ":", ")").contains(before); // after a dateline
            if (m.start() > 0 && !Character.isLowerCase(first.text().charAt(0)) && !headline && !opens) {
                continue; // "in March", "Operation Olive Branch": a capitalised word mid-sentence is a name
            }
            if (negated(toks, m.start())) {
                continue; // "no arrest was made", "did not attack"
            }
            cues.merge(m.value().name(), m.value().weight(), Math::max);
        }
        if (cues.isEmpty()) {
            return null;
        }
        PlaceChoice pc = choosePlace(places, toks);
        if (pc.place == null && s.index() + 1 < doc.sentences().size()) {
            // "We will start our joint patrol tomorrow. It will include Qamishli, ...": the place follows
            Sentence next = doc.sentences().get(s.index() + 1);
            if (next.paragraph() == s.paragraph()) {
                pc = choosePlace(nextPlaces, next.tokens());
            }
        }
        String country = pc.place != null ? pc.place.countryCode() : focus;
        List<Mention> mentions = actors.find(toks, places, country);
        TypeRules.Decision d = TypeRules.decide(cues, mentions);
        if (d == null) {
            return null;
        }
        List<Casualty.Count> counts = casualty.find(toks);
        Casualties cas = Casualty.total(counts);
        List<Source> sources = sources(toks, namedByKind);
        Certainty cert = Certainty.CONFIRMED;
        for (var m : lexicon.certainty.findAll(toks)) {
            cert = cert.weaker(m.value());
        }
        boolean future = (date != null && date.future()) || toks.stream().anyMatch(t -> FUTURE.contains(t.lower()));
        Status status = future && !d.type().type().isViolent() ? Status.PLANNED
                : toks.stream().anyMatch(t -> t.lower().startsWith("continu") || t.lower().equals("ongoing"))
                ? Status.ONGOING : Status.OCCURRED;
        boolean separate = toks.stream().anyMatch(t -> SEPARATE.contains(t.lower()));
        return new Frame(s, cues, d.type(), d.weak(), mentions, cas, date == null ? null : date.date(),
                date == null ? 1 : date.precision(), date != null && !date.speech(), pc.place, pc.text, sources, cert,
                status, headline, separate, casualty.victims(toks, counts));
    }

    /**
     * "Two fighters were killed in the strike. A third sustained serious injuries.": a sentence that
     * makes no event of its own but counts people, right after an event's sentence in the same paragraph,
     * tells more of that event. It joins it as a frame of the same event; counts of the same people are
     * not added twice (the fuller figure stands), and the sentence becomes evidence.
     */
    private Frame followUp(Frame last, Sentence s) {
        if (tally(s.tokens()) || last.headline() || last.sentence().paragraph() != s.paragraph() || last.sentence().index() != s.index() - 1) {
            return null;
        }
        List<Casualty.Count> counts = casualty.find(s.tokens());
        Casualties cas = Casualty.total(counts);
        if (cas.fatalities() == 0 && cas.injuries() == null && cas.captured() == null) {
            return null;
        }
        return new Frame(s, last.cues(), last.type(), last.weakType(), last.mentions(), cas, last.date(),
                last.datePrecision(), false, last.place(), last.placeText(), last.sources(), last.certainty(),
                last.status(), false, false, casualty.victims(s.tokens(), counts));
    }

    /** Words after "across" that make a count a country-wide tally of many incidents, not one event's. */
    private static final Set<String> WIDE = Set.of("country", "territory", "territories", "governorates", "provinces",
            "regions", "areas", "cities", "fronts", "syria", "syrian", "iraq", "iraqi", "yemen", "afghanistan", "somalia",
            "libya", "nigeria", "sudan", "ukraine", "lebanon", "turkey");

    /**
     * "The Observatory documented the deaths of nine people across Syrian territory": a day's tally sums
     * the incidents told after it; its count belongs to none of them.
     */
    static boolean tally(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).lower();
            if (w.equals("nationwide")) {
                return true;
            }
            if (w.equals("across") && i + 1 < toks.size()) {
                int k = toks.get(i + 1).lower().equals("the") && i + 2 < toks.size() ? i + 2 : i + 1;
                if (WIDE.contains(toks.get(k).lower())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean negated(List<Token> toks, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            String w = toks.get(k).lower();
            if (w.equals("no") || w.equals("not") || w.equals("never") || w.equals("n't") || w.equals("without")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words at [start, end) are said to speak: "activists said", "according to witnesses". */
    private static boolean speaks(List<Token> toks, int start, int end) {
        for (int k = end; k < Math.min(toks.size(), end + 3); k++) {
            if (SPEECH.contains(toks.get(k).lower()) || toks.get(k).lower().equals("say")) {
                return true;
            }
        }
        for (int k = Math.max(0, start - 3); k < start; k++) {
            if (toks.get(k).lower().equals("according") || SPEECH.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The date an event in this sentence happened: not the day a source spoke ("told Rudaw on Tuesday"). */
    private static Dates.DateMention eventDate(List<Token> toks, List<Dates.DateMention> dates) {
        for (Dates.DateMention d : dates) {
            boolean speech = false;
            for (int k = Math.max(0, d.start() - 4); k < d.start(); k++) {
                speech |= SPEECH.contains(toks.get(k).lower());
            }
            if (!speech) {
                return d;
            }
        }
        return dates.isEmpty() ? null : new Dates.DateMention(dates.get(0).start(), dates.get(0).end(), dates.get(0).date(),
                dates.get(0).precision(), dates.get(0).future(), true);
    }

    private record PlaceChoice(Place place, String text) {
    }

    private PlaceChoice choosePlace(List<Resolved> places, List<Token> toks) {
        Resolved best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Resolved r : places) {
            Toponym t = r.toponym();
            int ti = tokenIndex(toks, t.start());
            String prev = ti > 0 ? toks.get(ti - 1).lower() : "";
            if (prev.equals("the") && ti > 1 && t.kind() == Toponym.Kind.PLACE) {
                prev = toks.get(ti - 2).lower(); // "in the Daquq district", "in the Zubair district of Basra"
            }
            int score;
            if (t.kind() == Toponym.Kind.DEMONYM) {
                continue;
            }
            if (t.kind() == Toponym.Kind.COUNTRY) {
                // "Turkey launched", "reached a deal with Russia": a state as actor, not a place;
                // "in Syria", "northern Iraq": the country as the place, at its coarsest
                if (!(LOCATION_PREPOSITIONS.contains(prev) || DIRECTIONS.contains(prev)) || prev.equals("with")
                        || prev.equals("by")) {
                    continue;
                }
                score = 0;
            } else if (te(toks, t) < toks.size() && METONYMY.contains(toks.get(te(toks, t)).lower())) {
                continue; // "which Ankara denied": a capital speaking for its government
            } else if (firedFrom(toks, ti)) {
                continue; // "shells fired from army positions north of Hama": where fire came from
            } else if (partOfFarPlace(places, toks, r)) {
                continue; // "the Sur district of Cizre": a Sur elsewhere is not the one meant
            } else {
                score = LOCATION_PREPOSITIONS.contains(prev) || NEAR_WORDS.contains(prev) ? 3 : 1;
                if (prev.equals("from") || prev.equals("to")) {
                    score = 1;
                }
                if (ti == 1 && prev.equals("in") && te(toks, t) < toks.size() && toks.get(te(toks, t)).text().equals(",")
                        && !r.place().isCountry()) {
                    score = 2; // "In Daraa, gunmen shot dead a man in the town of Tafas": the province sets the scene
                }
            }
            // ACLED codes the most specific place: of two equally good, a place inside the other's region wins
            if (score > bestScore || score == bestScore && best != null && finerWithin(r.place(), best.place())) {
                bestScore = score;
                best = r;
            }
        }
        if (best == null) {
            return new PlaceChoice(null, "");
        }
        Toponym t = best.toponym();
        GeoEntry e = best.place();
        int ti = tokenIndex(toks, t.start());
        int te = te(toks, t);
        boolean near = false, region = false;
        for (int k = Math.max(0, ti - 4); k < ti; k++) {
            String w = toks.get(k).lower();
            if (NEAR_WORDS.contains(w)) {
                near = true;
            }
            if (w.equals("rural") || w.equals("countryside")) {
                region = true;
            }
        }
        if (te < toks.size() && REGION_WORDS.contains(toks.get(te).lower())) {
            region = true;
        }
        // "the village of Assadiya, south of Ras al-Ain": the unknown village is coded to the town, near it
        if (!near && unknownVillageBefore(toks, ti)) {
            near = true;
        }
        Place p;
        if (e.isCountry()) {
            p = coder.code(e, 3);
        } else if (e.isAdmin1()) {
            p = coder.codeRegion(e);
        } else {
            p = coder.code(e, region || near ? 2 : 1);
            double[] moved = offset(toks, ti, p);
            if (moved != null) {
                p = new Place(p.location(), moved[0], moved[1], p.countryCode(), p.country(), p.iso3(), p.admin1(),
                        p.admin2(), p.geonamesId(), p.featureCode(), 2);
            }
        }
        return new PlaceChoice(p, t.text());
    }

    /** Words for a part of a place: "the Sur district of Cizre", "the Zubair district of Basra". */
    private static final Set<String> PART_WORDS = Set.of("district", "neighbourhood", "neighborhood", "quarter",
            "suburb", "area", "subdistrict");

    /** "X district of Y" where the X found lies far from the Y found: that X is another place of the name. */
    private static boolean partOfFarPlace(List<Resolved> places, List<Token> toks, Resolved r) {
        int te = te(toks, r.toponym());
        if (te + 2 >= toks.size() || !PART_WORDS.contains(toks.get(te).lower()) || !toks.get(te + 1).lower().equals("of")) {
            return false;
        }
        int whole = toks.get(te + 2).start();
        for (Resolved o : places) {
            if (o.toponym().start() == whole) {
                return org.sitrep.geo.Distance.km(r.place(), o.place()) > PART_OF_KM;
            }
        }
        return false;
    }

    /** How far a part may lie from the place it is part of (a district of a city or a province's town). */
    static final double PART_OF_KM = 60;

    /** Whether {@code a} is a smaller place in the same first-level region as {@code b} ("Tafas" in Daraa). */
    private static boolean finerWithin(GeoEntry a, GeoEntry b) {
        return !a.isCountry() && !b.isCountry() && a.countryCode().equals(b.countryCode()) && a.admin1().equals(b.admin1())
                && (b.isAdmin1() || !a.isAdmin1() && org.sitrep.geo.Resolver.population(a) < org.sitrep.geo.Resolver.population(b));
    }

    private static final Set<String> METONYMY = Set.of("said", "says", "denied", "denies", "blamed", "accused",
            "announced", "claimed", "rejected", "warned", "condemned", "demanded", "insisted", "responded");

    private static int te(List<Token> toks, Toponym t) {
        return tokenIndex(toks, t.end() - 1) + 1;
    }

    private static boolean firedFrom(List<Token> toks, int ti) {
        for (int k = Math.max(0, ti - 6); k < ti; k++) {
            String w = toks.get(k).lower();
            if (w.equals("from") && k > 0 && Set.of("fired", "launched", "shelled", "came", "originated", "coming")
                    .contains(toks.get(k - 1).lower())) {
                return true;
            }
            if (w.equals("from") && k + 2 < ti && Set.of("positions", "bases", "base").contains(toks.get(k + 2).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, Integer> BEARINGS = Map.ofEntries(Map.entry("north", 0), Map.entry("northeast", 45),
            Map.entry("north-east", 45), Map.entry("east", 90), Map.entry("southeast", 135), Map.entry("south-east", 135),
            Map.entry("south", 180), Map.entry("southwest", 225), Map.entry("south-west", 225), Map.entry("west", 270),
            Map.entry("northwest", 315), Map.entry("north-west", 315));
    /** Farther than this, "N km from X" is a region, not a point near X. */
    static final double MAX_OFFSET_KM = 60;

    /**
     * "15 km south of Al Bukamal": the unnamed spot lies that far on that bearing from the town. The
     * town's name stays the location; the point moves, at precision 2.
     */
    private static double[] offset(List<Token> toks, int ti, Place p) {
        if (ti < 3 || !toks.get(ti - 1).lower().equals("of")) {
            return null;
        }
        Integer bearing = BEARINGS.get(toks.get(ti - 2).lower());
        if (bearing == null) {
            return null;
        }
        String unit = toks.get(ti - 3).lower();
        String number = unit;
        double factor = 1;
        if (unit.equals("km") || unit.startsWith("kilomet") || unit.startsWith("mile")) {
            factor = unit.startsWith("mile") ? 1.609 : 1;
            number = ti >= 4 ? toks.get(ti - 4).lower() : "";
        } else if (unit.endsWith("km")) {
            number = unit.substring(0, unit.length() - 2);
        } else {
            return null;
        }
        double km;
        try {
            km = Double.parseDouble(number) * factor;
        } catch (NumberFormatException e) {
            return null;
        }
        if (km <= 0 || km > MAX_OFFSET_KM) {
            return null;
        }
        return org.sitrep.geo.Distance.offset(p.latitude(), p.longitude(), km, bearing);
    }

    private static boolean unknownVillageBefore(List<Token> toks, int ti) {
        for (int k = Math.max(0, ti - 8); k < ti - 1; k++) {
            String w = toks.get(k).lower();
            if ((w.equals("village") || w.equals("town") || w.equals("hamlet")) && k + 2 < ti
                    && toks.get(k + 1).lower().equals("of") && toks.get(k + 2).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    private static int tokenIndex(List<Token> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).end() > offset) {
                return i;
            }
        }
        return toks.size() - 1;
    }

    /**
     * A place word inside the name of a source or group ("Syrian Observatory", "Kurdistan Workers Party").
     * The names of a sentence are matched once and kept in {@code cache} for its other toponyms.
     */
    private boolean insideName(AnalyzedText doc, Toponym t, Map<Integer, List<int[]>> cache) {
        List<int[]> spans = cache.computeIfAbsent(t.sentence(), i -> {
            Sentence s = doc.sentences().get(i);
            List<int[]> out = new ArrayList<>();
            for (var m : lexicon.sources.findAll(s.tokens())) {
                if (m.end() - m.start() > 1) {
                    out.add(new int[] {s.tokens().get(m.start()).start(), s.tokens().get(m.end() - 1).end()});
                }
            }
            for (var m : lexicon.actors.findAll(s.tokens())) {
                if (m.end() - m.start() > 1) {
                    out.add(new int[] {s.tokens().get(m.start()).start(), s.tokens().get(m.end() - 1).end()});
                }
            }
            return out;
        });
        return spans.stream().anyMatch(sp -> sp[0] <= t.start() && sp[1] >= t.end());
    }

    /** "the Britain-based Observatory", "based in London": where a source sits is no event's place. */
    private static boolean isSourceLocation(String text, Toponym t) {
        if (text.startsWith("-based", t.end()) || text.startsWith(" based", t.end())) {
            return true;
        }
        int from = Math.max(0, t.start() - 10);
        String before = text.substring(from, t.start()).toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("based in ");
    }

    /** The country most of the article's places lie in; demonyms count only when nothing else does. */
    /** Weight of the dateline's country in the story's: less than a place the story names (DevSetTest). */
    static final double DATELINE_VOTE = 0.5;

    private static String focusCountry(List<Resolved> resolved, GeoEntry filedFrom) {
        Map<String, Double> votes = new LinkedHashMap<>();
        if (filedFrom != null) {
            votes.put(filedFrom.countryCode(), DATELINE_VOTE);
        }
        for (Resolved r : resolved) {
            double w = switch (r.toponym().kind()) {
                case PLACE -> 1.0;
                case COUNTRY -> 0.6;
                case DEMONYM -> r.toponym().ofActor() ? 0.22 : 0.3;
            };
            votes.merge(r.place().countryCode(), w, Double::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** Votes for the home countries of the named groups in the article ("Taliban" → Afghanistan). */
    private Map<String, Double> actorHomes(List<Sentence> sentences) {
        Map<String, Double> out = new LinkedHashMap<>(); // in text order: the first is the fallback focus
        for (Sentence s : sentences) {
            for (var m : lexicon.actors.findAll(s.tokens())) {
                if (!m.value().home().isEmpty()) {
                    out.merge(m.value().home(), ACTOR_HOME_VOTE, Double::sum);
                }
            }
        }
        return out;
    }

    /** Weight of a named group's home country in place resolution, against 1 for a place (Resolver). */
    static final double ACTOR_HOME_VOTE = 0.5;


    private int headlineEnd(AnalyzedText doc) {
        List<Sentence> s = doc.sentences();
        if (s.size() > 1 && s.get(0).paragraph() != s.get(1).paragraph()) {
            String t = s.get(0).text();
            if (!t.endsWith(".") || t.length() < 120) {
                return s.get(0).end();
            }
        }
        return 0;
    }

    private static int datelineEnd(AnalyzedText doc, int headlineEnd) {
        String text = doc.text();
        int start = headlineEnd;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        Matcher m = DATELINE.matcher(text.substring(start, Math.min(text.length(), start + 120)));
        return m.find() ? start + m.end() : -1;
    }

    private Map<Source.Kind, Source> namedSources(List<Sentence> sentences) {
        Map<Source.Kind, Source> out = new HashMap<>();
        for (Sentence s : sentences) {
            for (var m : lexicon.sources.findAll(s.tokens())) {
                if (!m.value().generic()) {
                    out.putIfAbsent(m.value().kind(), new Source(m.value().name(), m.value().kind(), m.value().country()));
                }
            }
        }
        return out;
    }

    private List<Source> sources(List<Token> toks, Map<Source.Kind, Source> named) {
        List<Source> out = new ArrayList<>();
        for (var m : lexicon.sources.findAll(toks)) {
            Lexicon.SourceEntry e = m.value();
            String surface = toks.get(m.start()).text();
            // "monitor", "ap", "ina" as plain words are not sources; acronyms must be written in capitals
            if (m.end() - m.start() == 1 && surface.length() <= 4 && !surface.equals(surface.toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (e.kind() == Source.Kind.WITNESS && !speaks(toks, m.start(), m.end())) {
                continue; // "residents rallied" are no source; "residents said" are
            }
            Source src = e.generic() ? named.get(e.kind()) : new Source(e.name(), e.kind(), e.country());
            if (src != null && !out.contains(src)) {
                out.add(src);
            }
        }
        return out;
    }
}
