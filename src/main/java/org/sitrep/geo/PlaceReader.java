package org.sitrep.geo;

import org.sitrep.lexicon.Lexicon;
import org.sitrep.lexicon.PhraseMatcher;
import org.sitrep.lexicon.TaggedSentence;
import org.sitrep.lexicon.TaggedText;
import org.sitrep.lexicon.WordList;
import org.sitrep.model.Place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * The geo stage: finds an article's place mentions, leaves out those that name no event's place (the
 * dateline, where a source sits, a place word inside a group's name), resolves the rest together with
 * the named groups' home countries as context, and decides the country the story is about.
 * Thread-safe: one instance serves a whole batch.
 */
public final class PlaceReader {
    /** Weight of the dateline's country in the story's: less than a place the story names (DevSetTest). */
    static final double DATELINE_VOTE = 0.5;
    /** Weight of a named group's home country in place resolution, against 1 for a place (Resolver). */
    static final double ACTOR_HOME_VOTE = 0.5;
    /** Prior vote for the country a local outlet reports on (publishers.tsv); a named group's home weighs as much. */
    static final double PUBLISHER_VOTE = 0.5;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final ToponymFinder finder;
    private final Resolver resolver = new Resolver();
    private final PlaceCoder coder;
    private final PlaceChooser chooser;
    private final Facilities facilities;

    public PlaceReader(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.finder = new ToponymFinder(gazetteer, lexicon);
        this.coder = new PlaceCoder(gazetteer);
        this.chooser = new PlaceChooser(coder);
        this.facilities = new Facilities(lexicon.words(WordList.FACILITY_HEADS), FACILITY_CONNECTORS);
    }

    /** Lower-case words inside a facility's name ("Guildhall School of Music", "Palais des Nations"). */
    private static final Set<String> FACILITY_CONNECTORS = Set.of("of", "the", "de", "des", "du", "del", "la", "le", "al", "el");

    /**
     * The place mentions of a text, resolved: what {@code sitrep geoparse} prints. Datelines, places
     * inside organisations' names and nationalities in groups' names ("Syrian Observatory") are mentions
     * too; a group's or source's name is no town ("Taliban" is no village in Turkey).
     */
    public List<Resolved> geoparse(TaggedText text) {
        Map<Integer, List<int[]>> names = new HashMap<>();
        return facilities.add(text.analyzed(), resolver.resolve(finder.find(text.analyzed()).stream()
                .filter(t -> t.kind() != Toponym.Kind.PLACE || !insideName(text, t, names)).toList()));
    }

    public ArticlePlaces read(TaggedText text) {
        return read(text, "");
    }

    /**
     * The article's places, with the country its publisher reports on ("" for none: wires, international
     * outlets) as a prior: it tips homonyms and stands as the focus when the text names no country.
     */
    public ArticlePlaces read(TaggedText text, String publisherCountry) {
        return read(text, publisherCountry, "");
    }

    /**
     * ... and with the publisher's name: a local paper named after its town ("El Sol de Irapuato", "El
     * Heraldo de Juárez") reports mostly on its area, so of several Pueblo Nuevos the one near it is meant.
     */
    public ArticlePlaces read(TaggedText text, String listedCountry, String publisher) {
        String publisherCountry = listedCountry.isEmpty() ? outletCountry(publisher) : listedCountry;
        List<Toponym> usable = new ArrayList<>();
        List<Toponym> dateline = new ArrayList<>();
        Map<Integer, List<int[]>> names = new HashMap<>();
        for (Toponym t : finder.find(text.analyzed())) {
            if (t.end() <= text.datelineEnd() && t.start() >= text.headlineEnd()) {
                dateline.add(t); // a dateline says where the reporter filed, not where anything happened
                continue;
            }
            if (t.inName() || isSourceLocation(text.text(), t) || insideName(text, t, names)) {
                continue;
            }
            usable.add(t);
        }
        Map<String, Double> homes = actorHomes(text);
        if (!publisherCountry.isEmpty()) {
            homes.merge(publisherCountry, PUBLISHER_VOTE, Double::sum);
        }
        List<GeoEntry> home = publisherHome(publisher, publisherCountry);
        List<Resolved> resolved = resolver.resolve(usable, homes, home);
        GeoEntry filedFrom = resolver.resolve(dateline, homes).stream().map(Resolved::place)
                .filter(e -> !e.isCountry()).findFirst().orElse(null);
        // "killed by junta artillery near the Thai border": the country across a border is not the story's
        String focus = focusCountry(resolved.stream().filter(r -> !acrossBorder(text, r)).toList(), filedFrom);
        if (focus.isEmpty()) { // "SDF fighters were killed ...": no place named, but the group's country
            focus = homes.keySet().stream().findFirst().orElse("");
        }
        if (focus.isEmpty()) {
            focus = focusCountry(resolved, filedFrom);
        }
        Map<Integer, List<Resolved>> bySentence = new HashMap<>();
        for (Resolved r : resolved) {
            bySentence.computeIfAbsent(r.toponym().sentence(), k -> new ArrayList<>()).add(r);
        }
        // an event the text places nowhere: near where the reporter filed, when that is in the story's country
        // ("HASAKAH - The army shelled villages ..."), else the country
        String f = focus;
        Place focusPlace = filedFrom != null && filedFrom.countryCode().equals(focus) ? coder.code(filedFrom, 3)
                : gazetteer.country(f).map(c -> coder.code(c.asEntry(), 3)).orElse(null);
        return new ArticlePlaces(text, bySentence, focus, focusPlace, chooser);
    }

    private static final Pattern NAMED_AFTER =
            Pattern.compile("(?i).*\\s(?:de|del|do|da|of)\\s+(\\p{L}[\\p{L} .'-]*?)[\\s.]*");

    /**
     * The country an outlet is named after ("Myanmar Times", "Nigeria Watch", "Cameroon News Agency"), by
     * its name as the gazetteer spells it: "Voice of America" and "Radio Free Asia" name no country's.
     */
    private String outletCountry(String publisher) {
        String[] words = publisher == null ? new String[0] : publisher.strip().split("[\\s,.:;()\\[\\]\"|/-]+");
        for (int n = 3; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                String name = String.join(" ", Arrays.asList(words).subList(i, i + n));
                var c = gazetteer.countryByKey(NameKey.of(name));
                if (c.isPresent() && !c.get().demonym() && !c.get().country().isRegion()
                        && c.get().country().name().equalsIgnoreCase(name)) {
                    return c.get().country().iso2();
                }
            }
        }
        return "";
    }

    /** The town or province a local outlet of a known country is named after ("... de Zamora"), if any. */
    private List<GeoEntry> publisherHome(String publisher, String country) {
        var m = NAMED_AFTER.matcher(publisher == null ? "" : publisher.strip());
        if (country.isEmpty() || !m.matches() || gazetteer.countryByKey(NameKey.of(m.group(1))).isPresent()) {
            return List.of();
        }
        return gazetteer.places(NameKey.of(m.group(1))).stream()
                .filter(e -> e.countryCode().equals(country) && !Resolver.isVillage(e))
                .max(Comparator.comparingLong(Resolver::population)).map(List::of).orElse(List.of());
    }

    /**
     * A place word inside the name of a source or group ("Syrian Observatory", "Kurdistan Workers Party").
     * The names of a sentence are collected once and kept in {@code cache} for its other toponyms.
     */
    private boolean insideName(TaggedText text, Toponym t, Map<Integer, List<int[]>> cache) {
        List<int[]> spans = cache.computeIfAbsent(t.sentence(), i -> {
            TaggedSentence s = text.sentences().get(i);
            List<int[]> out = new ArrayList<>();
            addMultiWord(s, lexicon.sources(), out);
            // an armed group's name is never a place, one word or several: "Taliban" is no village in
            // Turkey, "Wagner" no town in Brazil, "ARSA" no hamlet
            for (var m : s.all(lexicon.actors())) {
                if (!usedAsPlace(s, m.start(), m.end())) {
                    out.add(new int[] {s.tokens().get(m.start()).start(), s.tokens().get(m.end() - 1).end()});
                }
            }
            return out;
        });
        return spans.stream().anyMatch(sp -> sp[0] <= t.start() && sp[1] >= t.end());
    }

    /**
     * Whether a group's name at tokens [start, end) is written as a place's: after a locative and before
     * "town", "village" and the like ("in Al-Hirak town"). Such a name is the place, not the group.
     */
    public static boolean usedAsPlace(TaggedSentence s, int start, int end) {
        return start > 0 && end < s.size() && s.is(start - 1, WordList.LOCATION_PREPOSITIONS)
                && s.is(end, WordList.SETTLEMENT_WORDS);
    }

    private static void addMultiWord(TaggedSentence s, PhraseMatcher<?> table, List<int[]> out) {
        for (var m : s.all(table)) {
            if (m.end() - m.start() > 1) {
                out.add(new int[] {s.tokens().get(m.start()).start(), s.tokens().get(m.end() - 1).end()});
            }
        }
    }

    /** "the Britain-based Observatory", "based in London": where a source sits is no event's place. */
    private static boolean isSourceLocation(String text, Toponym t) {
        if (text.startsWith("-based", t.end()) || text.startsWith(" based", t.end())) {
            return true;
        }
        int from = Math.max(0, t.start() - 10);
        return text.substring(from, t.start()).toLowerCase(Locale.ROOT).endsWith("based in ");
    }

    /** The country most of the article's places lie in; demonyms count only when nothing else does. */
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

    private static boolean acrossBorder(TaggedText text, Resolved r) {
        if (r.toponym().kind() == Toponym.Kind.PLACE) {
            return false;
        }
        TaggedSentence s = text.sentences().get(r.toponym().sentence());
        int ti = s.sentence().tokenIndex(r.toponym().start());
        return InPassing.acrossBorder(s, ti, PlaceChooser.tokenEnd(s, r.toponym()));
    }

    /** Votes for the home countries of the named groups in the article ("Taliban" → Afghanistan). */
    private Map<String, Double> actorHomes(TaggedText text) {
        Map<String, Double> out = new LinkedHashMap<>(); // in text order: the first is the fallback focus
        for (TaggedSentence s : text.sentences()) {
            for (var m : s.all(lexicon.actors())) {
                if (!m.value().home().isEmpty() && !usedAsPlace(s, m.start(), m.end())) {
                    out.merge(m.value().home(), ACTOR_HOME_VOTE, Double::sum);
                }
            }
        }
        return out;
    }
}
