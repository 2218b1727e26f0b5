package org.sitrep.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.sitrep.export.EventSink;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The endpoints that stream events: {@code /api/export} (every matching event, in any format, at
 * constant memory) and {@code /api/table} (the page's rows for its table and map), and the paging
 * links of the endpoints that page ({@code next} and a {@code Link} header).
 */
final class Exports {
    /** Rows the page's table and map take at once; more are there to page through, and the page says so. */
    static final int TABLE_LIMIT = 50_000;
    static final List<String> TABLE_FIELDS = List.of("id", "date", "event_type", "sub_event_type", "latitude", "longitude",
            "fatalities", "injuries", "captured", "sources", "certainty", "actor1", "actor2", "location", "admin1", "country");
    private static final JsonFactory JSON = new JsonFactory();

    private final EventStore store;

    Exports(EventStore store) {
        this.store = store;
    }

    /** Every event the filters match (no limit unless one is given), streamed in the format asked for. */
    void export(Context ctx) {
        String f = Optional.ofNullable(ctx.queryParam("format")).orElse("acled-csv");
        EventSink.Format format;
        try {
            format = EventSink.Format.parse(f);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("format", e.getMessage());
        }
        EventQuery q = Params.query(ctx, EventQuery.ALL);
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events." + format.extension() + "\"");
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
        try (EventSink sink = EventSink.open(format, out)) {
            store.forEach(q, format == EventSink.Format.JSONL || format.label().startsWith("acled"), sink::write);
        }
    }

    /**
     * The page's rows: every event of the view (with or without coordinates), as compact arrays in the
     * order of {@link #TABLE_FIELDS}, newest first; {@code total} says how many match, and {@code next}
     * where the rest are when there are more than the limit.
     */
    void table(Context ctx) throws IOException {
        EventQuery q = Params.query(ctx, TABLE_LIMIT);
        long total = store.count(q);
        String next = next(ctx, q, total); // sets the Link header, before the body commits the headers
        ctx.contentType("application/json; charset=utf-8");
        try (JsonGenerator g = JSON.createGenerator(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            g.writeStartObject();
            g.writeArrayFieldStart("fields");
            for (String field : TABLE_FIELDS) {
                g.writeString(field);
            }
            g.writeEndArray();
            g.writeNumberField("total", total);
            g.writeNumberField("limit", q.limit());
            g.writeNumberField("offset", q.offset());
            if (next != null) {
                g.writeStringField("next", next);
            }
            g.writeArrayFieldStart("rows");
            store.forEach(q, false, e -> row(g, e.id(), e.fused(), e.corroboration()));
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void row(JsonGenerator g, String id, Event e, int corroboration) {
        try {
            Place p = e.place();
            g.writeStartArray();
            g.writeString(id);
            g.writeString(e.date() == null ? "" : e.date().toString());
            g.writeString(e.eventType().label());
            g.writeString(e.subEventType().label());
            if (p == null) {
                g.writeNull();
                g.writeNull();
            } else {
                g.writeNumber(p.latitude());
                g.writeNumber(p.longitude());
            }
            g.writeNumber(e.casualties().fatalities());
            numberOrNull(g, e.casualties().injuries());
            numberOrNull(g, e.casualties().captured());
            g.writeNumber(corroboration);
            g.writeString(e.certainty().label());
            g.writeString(actor(e.actor1(), e.assoc1()));
            g.writeString(actor(e.actor2(), e.assoc2()));
            g.writeString(p == null ? e.placeText() : p.location());
            g.writeString(p == null ? "" : p.admin1());
            g.writeString(p == null ? "" : p.country());
            g.writeEndArray();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot send event " + id + ": " + ex.getMessage(), ex);
        }
    }

    private static void numberOrNull(JsonGenerator g, Integer n) throws IOException {
        if (n == null) {
            g.writeNull();
        } else {
            g.writeNumber(n);
        }
    }

    private static String actor(Actor main, List<Actor> assoc) {
        if (main == null) {
            return "";
        }
        return assoc.isEmpty() ? main.name() : main.name() + " (with " + assoc.stream().map(Actor::name)
                .collect(Collectors.joining("; ")) + ")";
    }

    /**
     * Where the next page is when this one is not the last: the same request with the offset moved on.
     * Sets the {@code Link} header (RFC 8288) too.
     */
    static String next(Context ctx, EventQuery q, long total) {
        if (q.limit() == EventQuery.ALL || (long) q.offset() + q.limit() >= total) {
            return null;
        }
        StringBuilder url = new StringBuilder(ctx.path()).append('?');
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (p.getKey().equals("offset") || p.getKey().equals("limit")) {
                continue;
            }
            for (String v : p.getValue()) {
                url.append(enc(p.getKey())).append('=').append(enc(v)).append('&');
            }
        }
        url.append("limit=").append(q.limit()).append("&offset=").append(q.offset() + q.limit());
        ctx.header("Link", "<" + url + ">; rel=\"next\"");
        return url.toString();
    }

    /** {@code total} and {@code next} on a paged JSON answer. */
    static void paging(Context ctx, EventQuery q, long total, ObjectNode o) {
        o.put("total", total);
        String next = next(ctx, q, total);
        if (next != null) {
            o.put("next", next);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
