package org.sitrep.extract;

import org.sitrep.geo.TsvReader;
import org.sitrep.model.Certainty;
import org.sitrep.model.Source;
import org.sitrep.model.SubEventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The extractor's knowledge, read from tab-separated resource files an analyst can read and extend:
 * event cues, actors, actor nouns, sources, number words, certainty cues and ACLED's type table.
 * A directory given by the user is read after the bundled files, so its lines add to or override them.
 */
public final class Lexicon {
    public record Cue(String name, int weight) {
    }

    public record NamedActor(String name, int inter, String home, String proxyOf) {
    }

    public record SourceEntry(String name, Source.Kind kind, String country) {
        public boolean generic() {
            return name.isBlank();
        }
    }

    public record TypeInfo(String cameo, String verb) {
    }

    final PhraseMatcher<Cue> cues = new PhraseMatcher<>();
    final PhraseMatcher<NamedActor> actors = new PhraseMatcher<>();
    final PhraseMatcher<String> actorNouns = new PhraseMatcher<>();
    final PhraseMatcher<SourceEntry> sources = new PhraseMatcher<>();
    final PhraseMatcher<Integer> numbers = new PhraseMatcher<>();
    final PhraseMatcher<Certainty> certainty = new PhraseMatcher<>();
    final PhraseMatcher<Casualty.Kind> casualtyWords = new PhraseMatcher<>();
    final Map<SubEventType, TypeInfo> types = new EnumMap<>(SubEventType.class);
    /** Groups that act as a state's proxies, in file order (actors.tsv column proxy_of). */
    final java.util.List<NamedActor> proxies = new java.util.ArrayList<>();

    private Lexicon() {
    }

    public static Lexicon bundled() {
        return load(null);
    }

    /** The bundled lexicon, extended by same-named files in {@code userDir} when it has them. */
    public static Lexicon load(Path userDir) {
        Lexicon l = new Lexicon();
        l.read("cues.tsv", userDir, 3, f -> l.cues.add(f[0], new Cue(f[1].trim(), Integer.parseInt(f[2].trim()))));
        l.read("actors.tsv", userDir, 3, f -> {
            NamedActor a = new NamedActor(f[1].trim(), Integer.parseInt(f[2].trim()), col(f, 3), col(f, 4));
            l.actors.add(f[0], a);
            if (!a.proxyOf().isEmpty() && l.proxies.stream().noneMatch(p -> p.name().equals(a.name()))) {
                l.proxies.add(a);
            }
        });
        l.read("actor-nouns.tsv", userDir, 2, f -> l.actorNouns.add(f[0], kind(f[1].trim())));
        l.read("sources.tsv", userDir, 3, f -> l.sources.add(f[0], new SourceEntry(f[1].trim(),
                Source.Kind.valueOf(f[2].trim().toUpperCase(Locale.ROOT)), col(f, 3))));
        l.read("numbers.tsv", userDir, 2, f -> l.numbers.add(f[0], Integer.parseInt(f[1].trim())));
        l.read("certainty.tsv", userDir, 2, f -> l.certainty.add(f[0],
                Certainty.valueOf(f[1].trim().toUpperCase(Locale.ROOT))));
        l.read("casualty-words.tsv", userDir, 2, f -> l.casualtyWords.add(f[0],
                Casualty.Kind.valueOf(f[1].trim().toUpperCase(Locale.ROOT))));
        l.read("acled-types.tsv", userDir, 3, f -> l.types.put(SubEventType.parse(f[0]), new TypeInfo(f[1].trim(), f[2].trim())));
        for (SubEventType t : SubEventType.values()) {
            if (!l.types.containsKey(t)) {
                throw new IllegalStateException("acled-types.tsv has no line for sub-event type '" + t.label() + "'");
            }
        }
        return l;
    }

    private static final List<String> NOUN_KINDS = List.of("military", "police", "civilians", "protesters",
            "rioters", "armed", "rebels", "militia", "government", "weapon");

    private static String kind(String k) {
        if (!NOUN_KINDS.contains(k)) {
            throw new IllegalArgumentException("actor noun kind '" + k + "' is not one of " + NOUN_KINDS);
        }
        return k;
    }

    private static String col(String[] f, int i) {
        return f.length > i ? f[i].trim() : "";
    }

    private void read(String name, Path userDir, int minColumns, Consumer<String[]> sink) {
        InputStream bundled = Lexicon.class.getResourceAsStream("/sitrep/lexicon/" + name);
        if (bundled == null) {
            throw new IllegalStateException("lexicon resource /sitrep/lexicon/" + name + " is missing from the classpath");
        }
        TsvReader.read(bundled, "/sitrep/lexicon/" + name, minColumns, "see the file's header", sink::accept);
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

    public TypeInfo typeInfo(SubEventType t) {
        return types.get(t);
    }
}
