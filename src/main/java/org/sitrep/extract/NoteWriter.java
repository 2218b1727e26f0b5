package org.sitrep.extract;

import org.sitrep.lexicon.Lexicon;
import org.sitrep.model.Actor;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event's notes: one sentence of who did what to whom, where and when, and one of its figures with
 * every source that gives them ("According to Rudaw, SANA and North Press Agency, 5 people were killed
 * and 2 wounded."). The predicates come from {@code lexicon/acled-types.tsv}, one with a second actor and
 * one without, so that no sentence ends on a dangling preposition. The extractor writes each report's
 * notes with its lexicon; fusion rewrites an incident's notes from its fused figures with
 * {@link #bundled()} (the bundled predicates: the store has no lexicon of its own).
 */
public final class NoteWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    /** A party's claim of its enemies' dead ({@link PartyClaims}): kept in the notes, coded as 0. */
    private static final String CLAIM = "A party to the fighting claimed %d fatalities; coded as 0.";
    private static final Pattern CLAIMED = Pattern.compile("A party to the fighting claimed (\\d+) fatalities; coded as 0\\.");
    /** Past forms the rules for "announced plans to ..." cannot derive by dropping "-ed". */
    private static final Map<String, String> BASE = Map.ofEntries(Map.entry("fought", "fight"), Map.entry("took", "take"),
            Map.entry("threw", "throw"), Map.entry("made", "make"), Map.entry("set", "set"), Map.entry("were", "be"),
            Map.entry("was", "be"), Map.entry("committed", "commit"), Map.entry("used", "use"),
            Map.entry("changed", "change"), Map.entry("defused", "defuse"), Map.entry("fired", "fire"));

    private final Function<SubEventType, Lexicon.TypeInfo> types;

    public NoteWriter(Function<SubEventType, Lexicon.TypeInfo> types) {
        this.types = types;
    }

    private static final class Bundled {
        static final NoteWriter WRITER = new NoteWriter(Lexicon.bundledTypes()::get);
    }

    /** The writer with the bundled predicates. */
    public static NoteWriter bundled() {
        return Bundled.WRITER;
    }

    /** The notes of one event from its own fields: its actors, place, date, figures and sources. */
    public String write(Event e) {
        return (what(e) + " " + figures(e)).strip();
    }

    /**
     * The notes of an incident told by several reports: {@code fused} carries the fused figures and every
     * report's sources; a party's claim survives when the fused figure is 0.
     */
    public String fused(Event fused, List<Event> reports) {
        String notes = write(fused);
        int claimed = 0;
        for (Event r : reports) {
            claimed = Math.max(claimed, claimed(r.notes()));
        }
        return fused.casualties().fatalities() == 0 && claimed > 0 ? notes + " " + claim(claimed) : notes;
    }

    /** The sentence that keeps a party's claim of {@code n} fatalities, coded as 0. */
    static String claim(int n) {
        return String.format(Locale.ROOT, CLAIM, n);
    }

    /** The claim {@link #claim} wrote into {@code notes}, or 0. */
    static int claimed(String notes) {
        Matcher m = CLAIMED.matcher(notes);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private String what(Event e) {
        StringBuilder sb = new StringBuilder(e.date() == null ? "On an unknown date, " : "On " + DATE.format(e.date()) + ", ");
        sb.append(e.actor1() == null ? "an unidentified actor" : side(e.actor1(), e.assoc1())).append(' ');
        Lexicon.TypeInfo t = types.apply(e.subEventType());
        String predicate = e.actor2() == null ? t.alone() : t.verb();
        if (e.status() == Status.PLANNED) {
            predicate = "announced plans to " + base(predicate); // before the actor's name goes in: names hold no verbs
        }
        if (e.actor2() != null) {
            predicate = predicate.replace(Lexicon.TypeInfo.OTHER, side(e.actor2(), e.assoc2()));
        }
        if (e.status() == Status.PLANNED) {
            sb.append(predicate);
        } else {
            String hedge = switch (e.certainty()) {
                case ALLEGED -> "allegedly ";
                case DENIED -> "reportedly ";
                default -> "";
            };
            sb.append(hedge).append(predicate);
        }
        sb.append(where(e.place())).append('.');
        return sb.toString();
    }

    private static String side(Actor a, List<Actor> with) {
        return with.isEmpty() ? a.name() : a.name() + " (with " + String.join(", ", with.stream().map(Actor::name).toList()) + ")";
    }

    private static String where(Place p) {
        if (p == null) {
            return "";
        }
        if (p.location().equals(p.country())) {
            return " in " + p.country();
        }
        List<String> within = new ArrayList<>();
        if (!p.admin1().isEmpty() && !p.admin1().equals(p.location())) {
            within.add(p.admin1());
        }
        if (!p.country().isEmpty()) {
            within.add(p.country());
        }
        return (p.precision() == 2 ? " near " : " in ") + p.location()
                + (within.isEmpty() ? "" : " (" + String.join(", ", within) + ")");
    }

    /** The second sentence: the figures and who gives them, or who reports the event. */
    private static String figures(Event e) {
        List<String> parts = new ArrayList<>();
        Casualties c = e.casualties();
        add(parts, c.fatalities(), "killed");
        add(parts, c.injuries() == null ? 0 : c.injuries(), "wounded");
        add(parts, c.captured() == null ? 0 : c.captured(), switch (e.subEventType()) {
            case ARRESTS -> "detained";
            case ABDUCTION -> "abducted";
            default -> "captured";
        });
        String who = sources(e.sources());
        String out;
        if (parts.isEmpty()) {
            out = who.isEmpty() ? "" : (e.certainty() == Certainty.ALLEGED ? "Alleged by " : "Reported by ") + who + ".";
        } else {
            String figures = list(parts);
            out = who.isEmpty() ? Character.toUpperCase(figures.charAt(0)) + figures.substring(1) + "."
                    : "According to " + who + ", " + figures + ".";
        }
        return e.certainty() == Certainty.DENIED ? (out + " The event was denied.").strip() : out;
    }

    /** "3 people were killed", then "2 wounded": the first figure makes the clause. */
    private static void add(List<String> parts, int n, String what) {
        if (n <= 0) {
            return;
        }
        parts.add(parts.isEmpty() ? n + (n == 1 ? " person was " : " people were ") + what : n + " " + what);
    }

    /** Every source once, as a sentence names it ("a military source", "the Ministry of Defense", "SANA"). */
    static String sources(List<Source> sources) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Source s : sources) {
            names.putIfAbsent(s.name().toLowerCase(Locale.ROOT), named(s));
        }
        return list(new ArrayList<>(names.values()));
    }

    private static String named(Source s) {
        String n = s.name();
        if (n.startsWith("Ministry ") || n.contains(" for ")) { // "the Syrian Observatory for Human Rights"
            return "the " + n;
        }
        if (s.kind() == Source.Kind.SOCIAL_MEDIA) {
            return "posts on " + n;
        }
        boolean common = n.substring(1).equals(n.substring(1).toLowerCase(Locale.ROOT)); // "Military source", "Witnesses"
        if ((s.kind() == Source.Kind.OFFICIAL || s.kind() == Source.Kind.WITNESS) && common) {
            String lower = Character.toLowerCase(n.charAt(0)) + n.substring(1);
            boolean plural = n.endsWith("s") || n.equalsIgnoreCase("police");
            if (n.contains(" ") || plural) {
                return plural ? lower : "a " + lower;
            }
        }
        return n;
    }

    private static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "took over territory from X" as a plan: "take over territory from X"; each coordinated verb too. */
    static String base(String predicate) {
        String[] w = predicate.split(" ");
        for (int i = 0; i < w.length; i++) {
            if (i == 0 || w[i - 1].equals("and") || w[i - 1].equals("or")) {
                w[i] = BASE.getOrDefault(w[i], w[i].endsWith("ied") ? w[i].substring(0, w[i].length() - 3) + "y"
                        : w[i].endsWith("ed") ? w[i].substring(0, w[i].length() - 2) : w[i]);
            }
        }
        return String.join(" ", w);
    }
}
