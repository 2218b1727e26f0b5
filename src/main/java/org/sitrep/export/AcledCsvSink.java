package org.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * ACLED's CSV column order, then the columns ACLED lacks. Fields are quoted when they hold a comma,
 * quote or line break (RFC 4180).
 */
public final class AcledCsvSink implements EventSink {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp",
            // beyond ACLED
            "article_id", "status", "injuries", "captured", "certainty", "cameo_code", "confidence", "geonames_id");

    private final Writer out;

    public AcledCsvSink(Writer out) {
        this.out = out;
        EventSink.write(out, String.join(",", COLUMNS) + "\n");
    }

    @Override
    public void write(Event e) {
        ObjectNode j = EventJson.toJson(e);
        StringBuilder sb = new StringBuilder();
        for (String c : COLUMNS) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(quote(value(c, e, j)));
        }
        EventSink.write(out, sb.append('\n').toString());
    }

    private static String value(String column, Event e, ObjectNode j) {
        return switch (column) {
            case "event_id_cnty" -> e.eventId();
            case "year" -> e.date() == null ? "" : String.valueOf(e.date().getYear());
            case "disorder_type" -> e.eventType().isViolent() ? "Political violence"
                    : e.eventType().label().equals("Strategic developments") ? "Strategic developments" : "Demonstrations";
            case "civilian_targeting" -> e.inter2() == 7 || e.inter1() == 7 ? "Civilian targeting" : "";
            case "iso" -> j.path("iso3").asText("");
            case "region", "admin3", "source_scale", "tags", "timestamp" -> "";
            default -> {
                JsonNode n = j.get(column);
                yield n == null || n.isNull() ? "" : n.asText();
            }
        };
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }
}
