package org.sitrep.serve;

import io.javalin.http.Context;
import org.sitrep.model.Certainty;
import org.sitrep.model.EventType;
import org.sitrep.store.EventQuery;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** Query parameters read and validated at the edge: a bad one is a {@link BadRequest} that names it. */
final class Params {
    static final Set<String> FILTERS = Set.of("from", "to", "bbox", "country", "admin1", "type", "actor", "source",
            "certainty", "text", "limit", "offset");

    private Params() {
    }

    static EventQuery query(Context ctx, int defaultLimit) {
        for (String p : ctx.queryParamMap().keySet()) {
            if (!p.isEmpty() && !FILTERS.contains(p) && !p.equals("format") && !p.equals("by")) {
                throw new BadRequest(p, "unknown parameter '" + p + "'; expected one of " + new java.util.TreeSet<>(FILTERS));
            }
        }
        LocalDate from = date(ctx, "from"), to = date(ctx, "to");
        double[] bbox = null;
        String b = ctx.queryParam("bbox");
        if (b != null) {
            String[] parts = b.split(",");
            if (parts.length != 4) {
                throw new BadRequest("bbox", "bbox must be four numbers minLon,minLat,maxLon,maxLat; got '" + b + "'");
            }
            bbox = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    bbox[i] = Double.parseDouble(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw new BadRequest("bbox", "bbox must be four numbers minLon,minLat,maxLon,maxLat; got '" + b + "'");
                }
            }
        }
        EventType type = null;
        String t = ctx.queryParam("type");
        if (t != null && !t.isBlank()) {
            try {
                type = EventType.fromLabel(t);
            } catch (IllegalArgumentException e) {
                throw new BadRequest("type", e.getMessage());
            }
        }
        Certainty certainty = null;
        String c = ctx.queryParam("certainty");
        if (c != null && !c.isBlank()) {
            try {
                certainty = Certainty.valueOf(c.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("certainty", "certainty must be confirmed, reported, alleged or denied; got '" + c + "'");
            }
        }
        int limit = integer(ctx, "limit", defaultLimit);
        int offset = integer(ctx, "offset", 0);
        try {
            return new EventQuery(from, to, bbox, blankToNull(ctx.queryParam("country")), blankToNull(ctx.queryParam("admin1")),
                    type, blankToNull(ctx.queryParam("actor")), blankToNull(ctx.queryParam("source")), certainty,
                    blankToNull(ctx.queryParam("text")), limit, offset);
        } catch (IllegalArgumentException e) {
            String p = e.getMessage().startsWith("bbox") ? "bbox" : e.getMessage().startsWith("limit") ? "limit"
                    : e.getMessage().startsWith("offset") ? "offset" : "from";
            throw new BadRequest(p, e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw new BadRequest(name, name + " must be a real date YYYY-MM-DD; got '" + v + "'");
        }
    }

    static int integer(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(name, name + " must be a whole number; got '" + v + "'");
        }
    }
}
