package org.sitrep.cli;

import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code sitrep events} on a terminal: one line an event, in columns a person reads, as the events come. */
final class EventTable {
    /** Column widths: date, type, actors, place, fatalities; the id takes the rest of the line. */
    private static final int[] WIDTHS = {10, 30, 44, 30, 5};
    private final Writer out;

    EventTable(Writer out) {
        this.out = out;
        line("DATE", "TYPE", "ACTORS", "PLACE", "KILLED", "ID");
    }

    void row(StoredEvent s) {
        Event e = s.fused();
        Place p = e.place();
        String place = p == null ? e.placeText() : Stream.of(p.location(), p.country()).filter(x -> !x.isBlank())
                .distinct().collect(Collectors.joining(", "));
        String actors = Stream.of(e.actor1(), e.actor2()).filter(a -> a != null).map(Actor::name)
                .collect(Collectors.joining(" v. "));
        line(e.date() == null ? "undated" : e.date().toString(), e.subEventType().label(), actors, place,
                String.valueOf(e.casualties().fatalities()), s.id());
    }

    private void line(String date, String type, String actors, String place, String killed, String id) {
        StringBuilder sb = new StringBuilder();
        String[] cells = {date, type, actors, place};
        for (int i = 0; i < cells.length; i++) {
            sb.append(fit(cells[i], WIDTHS[i])).append("  ");
        }
        sb.append(" ".repeat(Math.max(0, WIDTHS[4] - killed.length()))).append(killed).append("  ").append(id).append('\n');
        try {
            out.write(sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }

    /** Pads or cuts (with an ellipsis) to the column's width. */
    private static String fit(String s, int width) {
        String t = s.replaceAll("\\s+", " ");
        if (t.length() > width) {
            return t.substring(0, width - 1) + "…";
        }
        return t + " ".repeat(width - t.length());
    }

    void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }
}
