package org.sitrep.lexicon;

import org.sitrep.model.Certainty;
import org.sitrep.model.Inter;
import org.sitrep.model.Source;
import org.sitrep.model.SubEventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Sitrep's knowledge of words, read from resource files an analyst can read and extend: event cues,
 * actors, actor nouns, sources, number words, certainty cues, casualty words, ACLED's type table and
 * the word lists of {@link WordList}. A directory given by the user is read after the bundled files, so
 * its lines add to (or, for a phrase already listed, override) them. Immutable once loaded.
 */
public final class Lexicon {
    /** An event cue: what it signals and how strongly, {@value #MAX_CUE_WEIGHT} decisive. */
    public record Cue(CueKind kind, int weight) {
        public Cue {
            if (weight < 1 || weight > MAX_CUE_WEIGHT) {
                throw new IllegalArgumentException("cue weight " + weight + " for " + kind + " is not in 1.." + MAX_CUE_WEIGHT);
            }
        }
    }

    /** The strongest cue weight cues.tsv may give. */
    public static final int MAX_CUE_WEIGHT = 6;

    /** A named group: ACLED's name ({country} filled in), actor type, home country, whose proxy it is. */
    public record NamedActor(String name, Inter inter, String home, String proxyOf) {
    }

    public record SourceEntry(String name, Source.Kind kind, String country) {
        /** A source named by kind only ("the monitor", "state media"): the article's named one of that kind. */
        public boolean generic() {
            return name.isBlank();
        }
    }

    /**
     * ACLED's CAMEO code for a sub-event type and the predicates its notes use: {@code verb} with the
     * second actor as {@link #OTHER}, {@code alone} for an event without a second actor.
     */
    public record TypeInfo(String cameo, String verb, String alone) {
        /** Where the second actor goes in {@code verb}. */
        public static final String OTHER = "{2}";

        public TypeInfo {
            if (!verb.contains(OTHER)) {
                throw new IllegalArgumentException("the notes predicate '" + verb + "' has no " + OTHER
                        + " for the second actor");
            }
            if (alone.isBlank() || alone.contains(OTHER)) {
                throw new IllegalArgumentException("the notes predicate without a second actor ('" + alone
                        + "') is empty or names one");
            }
        }
    }

    private final PhraseMatcher<Cue> cues = new PhraseMatcher<>();
    private final PhraseMatcher<NamedActor> actors = new PhraseMatcher<>();
    private final PhraseMatcher<ActorKind> actorNouns = new PhraseMatcher<>();
    private final PhraseMatcher<SourceEntry> sources = new PhraseMatcher<>();
    private final PhraseMatcher<Integer> numbers = new PhraseMatcher<>();
    private final PhraseMatcher<Certainty> certainty = new PhraseMatcher<>();
    private final PhraseMatcher<CasualtyKind> casualtyWords = new PhraseMatcher<>();
    private final PhraseMatcher<String> publishers = new PhraseMatcher<>();
    private final Map<String, List<StatePeriod>> statePeriods = new java.util.HashMap<>();

    /** One government's tenure in a country, [from, until), and the label ACLED puts on its forces. */
    public record StatePeriod(String country, java.time.LocalDate from, java.time.LocalDate until, String label) {
        public StatePeriod {
            if (until != null && !until.isAfter(from)) {
                throw new IllegalArgumentException("period " + label + " of " + country + " ends (" + until
                        + ") before it begins (" + from + ")");
            }
        }

        boolean covers(java.time.LocalDate d) {
            return !d.isBefore(from) && (until == null || d.isBefore(until));
        }
    }
    private final Map<SubEventType, TypeInfo> types = new EnumMap<>(SubEventType.class);
    private final Map<WordList, Set<String>> words = new EnumMap<>(WordList.class);
    /** Groups that act as a state's proxies, in file order (actors.tsv column proxy_of). */
    private final List<NamedActor> proxies = new ArrayList<>();

    private Lexicon() {
    }

    public static Lexicon bundled() {
        return load(null);
    }

    /** The bundled lexicon, extended by same-named files in {@code userDir} when it has them. */
    public static Lexicon load(Path userDir) {
        Lexicon l = new Lexicon();
        Inflector inflector = Inflector.bundled();
        l.read("cues.tsv", userDir, 3, f -> add(inflector, l.cues, f[0], new Cue(enumOf(CueKind.class, f[1], "cue"),
                Integer.parseInt(f[2].trim()))));
        l.read("actors.tsv", userDir, 3, f -> {
            NamedActor a = new NamedActor(f[1].trim(), Inter.of(Integer.parseInt(f[2].trim())), col(f, 3), col(f, 4));
            l.actors.add(f[0], a);
            if (!a.proxyOf().isEmpty() && l.proxies.stream().noneMatch(p -> p.name().equals(a.name()))) {
                l.proxies.add(a);
            }
        });
        l.read("actor-nouns.tsv", userDir, 2, f -> add(inflector, l.actorNouns, f[0], ActorKind.parseNounKind(f[1])));
        l.read("sources.tsv", userDir, 3, f -> l.sources.add(f[0], new SourceEntry(f[1].trim(),
                enumOf(Source.Kind.class, f[2], "source kind"), col(f, 3))));
        l.read("numbers.tsv", userDir, 2, f -> l.numbers.add(f[0], Integer.parseInt(f[1].trim())));
        l.read("certainty.tsv", userDir, 2, f -> add(inflector, l.certainty, f[0], enumOf(Certainty.class, f[1], "certainty")));
        l.read("casualty-words.tsv", userDir, 2, f -> add(inflector, l.casualtyWords, f[0],
                enumOf(CasualtyKind.class, f[1], "casualty kind")));
        l.read("state-periods.tsv", userDir, 4, f -> {
            String cc = countryCode(f[0]);
            StatePeriod p = new StatePeriod(cc, date(f[1]), f[2].isBlank() ? null : date(f[2]), f[3].strip());
            l.statePeriods.computeIfAbsent(cc, k -> new ArrayList<>()).add(p);
        });
        l.read("publishers.tsv", userDir, 2, f -> l.publishers.add(f[0], countryCode(f[1])));
        l.readTypes(userDir);
        for (WordList w : WordList.values()) {
            l.words.put(w, Set.copyOf(l.readWords(w, userDir)));
        }
        return l;
    }

    public PhraseMatcher<Cue> cues() {
        return cues;
    }

    public PhraseMatcher<NamedActor> actors() {
        return actors;
    }

    public PhraseMatcher<ActorKind> actorNouns() {
        return actorNouns;
    }

    public PhraseMatcher<SourceEntry> sources() {
        return sources;
    }

    public PhraseMatcher<Integer> numbers() {
        return numbers;
    }

    public PhraseMatcher<Certainty> certainty() {
        return certainty;
    }

    public PhraseMatcher<CasualtyKind> casualtyWords() {
        return casualtyWords;
    }

    /**
     * The country an outlet reports on ("Myanmar Now" → MM, "El Sol de Zamora" → MX), or "" for wires,
     * international and unknown outlets; publishers.tsv holds the outlets.
     */
    public String publisherCountry(String publisher) {
        if (publisher == null || publisher.isBlank()) {
            return "";
        }
        String[] words = publisher.toLowerCase(Locale.ROOT).strip().split("[\\s,:;()\\[\\]\"|/]+");
        for (int i = 0; i < words.length; i++) {
            var m = publishers.longestAt(words, i);
            if (m != null) {
                return m.value();
            }
        }
        return "";
    }

    /** The label of the government a country's forces served on a date ("2021-"), or "" when none is listed. */
    public String statePeriod(String country, java.time.LocalDate date) {
        if (date == null) {
            return "";
        }
        for (StatePeriod p : statePeriods.getOrDefault(country, List.of())) {
            if (p.covers(date)) {
                return p.label();
            }
        }
        return "";
    }

    private static java.time.LocalDate date(String s) {
        try {
            return java.time.LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date as 2021-02-01, got '" + s.strip() + "'", e);
        }
    }

    private static String countryCode(String s) {
        String c = s.strip();
        if (!c.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("expected an ISO 3166-1 alpha-2 code in capitals, got '" + c + "'");
        }
        return c;
    }

    public TypeInfo typeInfo(SubEventType t) {
        return types.get(t);
    }

    /** The bundled acled-types.tsv alone (notes of fused events are written without the whole lexicon). */
    public static Map<SubEventType, TypeInfo> bundledTypes() {
        Lexicon l = new Lexicon();
        l.readTypes(null);
        return Map.copyOf(l.types);
    }

    private void readTypes(Path userDir) {
        read("acled-types.tsv", userDir, 4, f -> types.put(SubEventType.parse(f[0]),
                new TypeInfo(f[1].trim(), f[2].trim(), f[3].trim())));
        for (SubEventType t : SubEventType.values()) {
            if (!types.containsKey(t)) {
                throw new IllegalStateException("acled-types.tsv has no line for sub-event type '" + t.label() + "'");
            }
        }
    }

    /** The words of a list, lower case. */
    public Set<String> words(WordList list) {
        return words.get(list);
    }

    /** Proxy groups in file order. */
    public List<NamedActor> proxies() {
        return List.copyOf(proxies);
    }

    /** Adds a phrase under each form its lemma words ({@code kill+}) stand for. */
    private static <T> void add(Inflector inflector, PhraseMatcher<T> table, String phrase, T value) {
        for (String p : inflector.expand(phrase)) {
            table.add(p, value);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String what) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        throw new IllegalArgumentException(what + " '" + value.trim() + "' is not one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static String col(String[] f, int i) {
        return f.length > i ? f[i].trim() : "";
    }

    private void read(String name, Path userDir, int minColumns, Consumer<String[]> sink) {
        TsvReader.read(bundled(name), "/sitrep/lexicon/" + name, minColumns, "see the file's header", sink::accept);
        Path user = userDir == null ? null : userDir.resolve(name);
        if (user != null && Files.isRegularFile(user)) {
            try {
                TsvReader.read(Files.newInputStream(user), user.toString(), minColumns, "see the bundled file's header",
                        sink::accept);
            } catch (IOException e) {
                throw new UncheckedIOException(user + ": " + e.getMessage(), e);
            }
        }
    }

    private Set<String> readWords(WordList list, Path userDir) {
        String name = "words/" + list.file() + ".txt";
        Set<String> out = new HashSet<>();
        readWordFile(bundled(name), "/sitrep/lexicon/" + name, out);
        Path user = userDir == null ? null : userDir.resolve(name);
        if (user != null && Files.isRegularFile(user)) {
            try {
                readWordFile(Files.newInputStream(user), user.toString(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(user + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** One word a line; '#' opens a comment line. A line with a tab or space is refused: it would never match. */
    private static void readWordFile(InputStream in, String origin, Set<String> out) {
        TsvReader.read(in, origin, 1, "one word a line", f -> {
            String w = String.join("\t", f).strip();
            if (w.isEmpty() || w.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("expected one word, got '" + String.join("\t", f) + "'");
            }
            out.add(w.toLowerCase(Locale.ROOT));
        });
    }

    private static InputStream bundled(String name) {
        InputStream in = Lexicon.class.getResourceAsStream("/sitrep/lexicon/" + name);
        if (in == null) {
            throw new IllegalStateException("lexicon resource /sitrep/lexicon/" + name + " is missing from the classpath");
        }
        return in;
    }
}
