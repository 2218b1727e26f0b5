package org.sitrep.export;

import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.Inter;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a CSV in either of ACLED's layouts (columns found by name, Sitrep's extra columns used when
 * present) back into events: the file becomes one article whose text is the events' notes, one
 * paragraph a row, so each event keeps its notes as evidence, and no two events of the file are ever
 * fused (one article's events are separate incidents). A bad row is reported and the rest go on.
 */
public final class AcledCsvReader {
    /** The columns without which a row is no event. */
    static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "sub_event_type");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d-MMMM-uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d-MMM-uu", Locale.ENGLISH));

    /** The file's article and its events. */
    public record Imported(Article article, List<Event> events) {
    }

    private AcledCsvReader() {
    }

    /** Whether the file's first line is a header with ACLED's columns (either layout). */
    public static boolean isAcledCsv(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = record(r);
            return header != null && header.containsAll(REQUIRED);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Reads the file; every row that is no event is named, with its line, to {@code problems}. */
    public static Imported read(Path file, Consumer<String> problems) {
        String name = file.getFileName().toString();
        StringBuilder text = new StringBuilder("Events imported from " + name + "\n\n");
        List<Event> events = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = record(r);
            if (header == null || !header.containsAll(REQUIRED)) {
                throw new IllegalArgumentException(file + " is not an ACLED CSV: its header lacks " + REQUIRED);
            }
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                at.putIfAbsent(header.get(i).strip(), i);
            }
            Set<String> ids = new HashSet<>();
            int row = 1;
            List<String> cells;
            while ((cells = record(r)) != null) {
                row++;
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                try {
                    Event e = event(new Row(at, cells, file + " row " + row), name, text);
                    if (!ids.add(e.eventId())) {
                        throw new IllegalArgumentException("event " + e.eventId() + " is in the file twice");
                    }
                    events.add(e);
                } catch (IllegalArgumentException e) {
                    problems.accept(file + " row " + row + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new Imported(new Article(name, text.toString(), null, null, null, "en"), events);
    }

    /** One row's cells by column name; a missing column reads as empty. */
    private record Row(Map<String, Integer> at, List<String> cells, String where) {
        String get(String column) {
            Integer i = at.get(column);
            return i == null || i >= cells.size() ? "" : CsvCells.restore(cells.get(i)).strip();
        }

        int integer(String column, int dflt) {
            String v = get(column);
            try {
                return v.isEmpty() ? dflt : Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(column + " '" + v + "' is not a whole number");
            }
        }

        Integer optionalInteger(String column) {
            return get(column).isEmpty() ? null : integer(column, 0);
        }

        double number(String column) {
            try {
                return Double.parseDouble(get(column));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(column + " '" + get(column) + "' is not a number");
            }
        }
    }

    private static Event event(Row r, String articleId, StringBuilder text) {
        String id = !r.get("sitrep_event_id").isEmpty() ? r.get("sitrep_event_id") : r.get("event_id_cnty");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("no event_id_cnty");
        }
        SubEventType sub = SubEventType.parse(r.get("sub_event_type"));
        LocalDate date = date(r.get("event_date"));
        Actor a1 = actor(r.get("actor1"), r.get("inter1"));
        Actor a2 = actor(r.get("actor2"), r.get("inter2"));
        String notes = r.get("notes");
        List<Span> evidence = new ArrayList<>();
        if (!notes.isEmpty()) {
            int start = text.length();
            text.append(notes).append("\n\n");
            evidence.add(new Span(start, start + notes.length(), notes));
        }
        String status = r.get("status"), certainty = r.get("certainty"), confidence = r.get("confidence");
        return new Event(articleId, id, date, r.integer("time_precision", 1),
                status.isEmpty() ? Status.OCCURRED : Status.valueOf(status.toUpperCase(Locale.ROOT)), sub, a1, a2,
                associates(r.get("assoc_actor_1"), a1), associates(r.get("assoc_actor_2"), a2), place(r),
                r.get("location_text").isEmpty() ? r.get("location") : r.get("location_text"),
                new Casualties(r.integer("fatalities", 0), r.optionalInteger("injuries"), r.optionalInteger("captured")),
                sources(r.get("source"), r.get("source_kinds")),
                // ACLED's rows are its sources' reports: "reported", unless Sitrep's own column says more
                certainty.isEmpty() ? Certainty.REPORTED : Certainty.valueOf(certainty.toUpperCase(Locale.ROOT)),
                r.get("cameo_code"), confidence.isEmpty() ? 1.0 : Double.parseDouble(confidence), notes, evidence);
    }

    static LocalDate date(String s) {
        if (s.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // the next of ACLED's date styles
            }
        }
        throw new IllegalArgumentException("event_date '" + s + "' is not a date (YYYY-MM-DD or '22 April 2021')");
    }

    /** An actor from its name and inter code: ACLED's number (1-8), or the name of the type as newer exports write it. */
    static Actor actor(String name, String inter) {
        if (name.isEmpty()) {
            return null;
        }
        return new Actor(name, inter(inter, name), "");
    }

    private static Inter inter(String v, String actor) {
        try {
            return Inter.of(Integer.parseInt(v));
        } catch (NumberFormatException e) {
            String first = v.toLowerCase(Locale.ROOT).split("[\\s/]+")[0];
            for (Inter i : Inter.values()) {
                if (!first.isEmpty() && i.label().toLowerCase(Locale.ROOT).startsWith(first.replaceAll("s$", ""))) {
                    return i;
                }
            }
            throw new IllegalArgumentException("inter code '" + v + "' of actor '" + actor + "' is not one of ACLED's");
        }
    }

    /** Associated actors share the inter code of the actor they stand with. */
    private static List<Actor> associates(String names, Actor main) {
        if (names.isEmpty() || main == null) {
            return List.of();
        }
        return Arrays.stream(names.split(";")).map(String::strip).filter(n -> !n.isEmpty())
                .map(n -> new Actor(n, main.inter(), "")).toList();
    }

    private static Place place(Row r) {
        if (r.get("latitude").isEmpty() || r.get("longitude").isEmpty()) {
            return null;
        }
        AcledCountries table = AcledCountries.bundled();
        AcledCountries.Country c = table.byName(r.get("country")).or(() -> table.byIso3(r.get("iso3")))
                .or(() -> table.byIso3(r.get("event_id_cnty").replaceAll("\\d+$", ""))).orElse(null);
        String geonames = r.get("geonames_id");
        return new Place(r.get("location"), r.number("latitude"), r.number("longitude"), c == null ? "" : c.iso2(),
                r.get("country"), c == null ? "" : c.iso3(), r.get("admin1"), r.get("admin2"),
                geonames.isEmpty() ? null : Long.valueOf(geonames), "", r.integer("geo_precision", 1));
    }

    private static List<Source> sources(String names, String kinds) {
        List<Source> out = new ArrayList<>();
        String[] n = names.isEmpty() ? new String[0] : names.split(";");
        String[] k = kinds.isEmpty() ? new String[0] : kinds.split(";");
        for (int i = 0; i < n.length; i++) {
            if (n[i].isBlank()) {
                continue;
            }
            Source.Kind kind = i < k.length && !k[i].isBlank() ? Source.Kind.valueOf(k[i].strip().toUpperCase(Locale.ROOT))
                    : Source.Kind.OTHER;
            out.add(new Source(n[i].strip(), kind));
        }
        return out;
    }

    /**
     * One RFC 4180 record: fields split at commas outside quotes, "" inside quotes for a quote, line
     * breaks inside quotes kept; null at the end of the input.
     */
    public static List<String> record(BufferedReader r) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false, any = false;
        int c;
        while ((c = r.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    r.mark(1);
                    int d = r.read();
                    if (d == '"') {
                        f.append('"');
                    } else {
                        quoted = false;
                        if (d != -1) {
                            r.reset();
                        }
                    }
                } else {
                    f.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                f.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        fields.add(f.toString());
        if (!fields.isEmpty() && fields.get(0).startsWith("\ufeff")) { // a byte-order mark before the header
            fields.set(0, fields.get(0).substring(1));
        }
        return fields;
    }
}
