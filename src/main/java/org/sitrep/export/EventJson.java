package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

import java.util.List;
import java.util.stream.Collectors;

/** The event record of the output contract (shared/spec/event-record.md) as a JSON object. */
public final class EventJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    public static ObjectNode toJson(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("article_id", e.articleId());
        o.put("event_id", e.eventId());
        o.put("event_date", e.date() == null ? null : e.date().toString());
        o.put("time_precision", e.timePrecision());
        o.put("status", e.status().label());
        o.put("event_type", e.eventType().label());
        o.put("sub_event_type", e.subEventType().label());
        o.put("actor1", name(e.actor1()));
        o.put("assoc_actor_1", names(e.assoc1()));
        o.put("inter1", e.inter1());
        o.put("actor2", name(e.actor2()));
        o.put("assoc_actor_2", names(e.assoc2()));
        o.put("inter2", e.inter2());
        o.put("interaction", e.interaction());
        Place p = e.place();
        o.put("country", p == null ? "" : p.country());
        o.put("iso3", p == null ? "" : p.iso3());
        o.put("admin1", p == null ? "" : p.admin1());
        o.put("admin2", p == null ? "" : p.admin2());
        o.put("location", p == null ? "" : p.location());
        o.put("location_text", e.placeText());
        if (p == null) {
            o.putNull("latitude");
            o.putNull("longitude");
            o.putNull("geo_precision");
            o.putNull("geonames_id");
        } else {
            o.put("latitude", p.latitude());
            o.put("longitude", p.longitude());
            o.put("geo_precision", p.precision());
            o.put("geonames_id", p.geonamesId());
        }
        o.put("fatalities", e.casualties().fatalities());
        o.put("injuries", e.casualties().injuries());
        o.put("captured", e.casualties().captured());
        o.put("source", e.sources().stream().map(Source::name).collect(Collectors.joining("; ")));
        ArrayNode kinds = o.putArray("sources");
        for (Source s : e.sources()) {
            kinds.addObject().put("name", s.name()).put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        o.put("certainty", e.certainty().label());
        o.put("cameo_code", e.cameoCode());
        o.put("confidence", e.confidence());
        o.put("notes", e.notes());
        ArrayNode ev = o.putArray("evidence");
        for (Span s : e.evidence()) {
            ev.addObject().put("start", s.start()).put("end", s.end()).put("text", s.text());
        }
        return o;
    }

    static String name(Actor a) {
        return a == null ? "" : a.name();
    }

    static String names(List<Actor> as) {
        return as.stream().map(Actor::name).collect(Collectors.joining("; "));
    }
}
