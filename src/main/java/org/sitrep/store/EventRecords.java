package org.sitrep.store;

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

/**
 * The event record as JSON: the output contract's fields (shared/spec/event-record.md), and the stored form
 * that adds what rebuilding the {@link Event} needs. The store persists this form; exports write the contract.
 */
public final class EventRecords {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private EventRecords() {
    }

    /** The contract's record plus what a store needs to rebuild the {@link Event} exactly. */
    public static ObjectNode toStoredJson(Event e) {
        ObjectNode o = toJson(e);
        ArrayNode actors = o.putArray("actor_detail");
        add(actors, "actor1", e.actor1());
        add(actors, "actor2", e.actor2());
        e.assoc1().forEach(a -> add(actors, "assoc1", a));
        e.assoc2().forEach(a -> add(actors, "assoc2", a));
        o.put("sub_event_key", e.subEventType().name());
        o.put("country_code", e.place() == null ? "" : e.place().countryCode());
        o.put("feature_code", e.place() == null ? "" : e.place().featureCode());
        return o;
    }

    private static void add(ArrayNode arr, String slot, Actor a) {
        if (a != null) {
            arr.addObject().put("slot", slot).put("name", a.name()).put("inter", a.inter().code()).put("country", a.country());
        }
    }

    /** Rebuilds an event written by {@link #toStoredJson}. */
    public static Event fromStoredJson(com.fasterxml.jackson.databind.JsonNode o) {
        Actor a1 = null, a2 = null;
        List<Actor> assoc1 = new java.util.ArrayList<>(), assoc2 = new java.util.ArrayList<>();
        for (var n : o.path("actor_detail")) {
            Actor a = new Actor(n.get("name").asText(), n.get("inter").asInt(), n.path("country").asText(""));
            switch (n.get("slot").asText()) {
                case "actor1" -> a1 = a;
                case "actor2" -> a2 = a;
                case "assoc1" -> assoc1.add(a);
                default -> assoc2.add(a);
            }
        }
        Place place = null;
        if (o.hasNonNull("latitude")) {
            place = new Place(o.path("location").asText(""), o.get("latitude").asDouble(), o.get("longitude").asDouble(),
                    o.path("country_code").asText(""), o.path("country").asText(""), o.path("iso3").asText(""),
                    o.path("admin1").asText(""), o.path("admin2").asText(""),
                    o.hasNonNull("geonames_id") ? o.get("geonames_id").asLong() : null, o.path("feature_code").asText(""),
                    o.path("geo_precision").asInt(1));
        }
        List<Source> sources = new java.util.ArrayList<>();
        for (var s : o.path("sources")) {
            sources.add(new Source(s.get("name").asText(),
                    Source.Kind.valueOf(s.get("kind").asText().toUpperCase(java.util.Locale.ROOT)), s.path("country").asText("")));
        }
        List<Span> evidence = new java.util.ArrayList<>();
        for (var s : o.path("evidence")) {
            evidence.add(new Span(s.get("start").asInt(), s.get("end").asInt(), s.get("text").asText()));
        }
        return new Event(o.get("article_id").asText(), o.get("event_id").asText(),
                o.hasNonNull("event_date") ? java.time.LocalDate.parse(o.get("event_date").asText()) : null,
                o.path("time_precision").asInt(1),
                org.sitrep.model.Status.valueOf(o.get("status").asText().toUpperCase(java.util.Locale.ROOT)),
                org.sitrep.model.SubEventType.valueOf(o.get("sub_event_key").asText()), a1, a2, assoc1, assoc2, place,
                o.path("location_text").asText(""),
                new org.sitrep.model.Casualties(o.path("fatalities").asInt(0),
                        o.hasNonNull("injuries") ? o.get("injuries").asInt() : null,
                        o.hasNonNull("captured") ? o.get("captured").asInt() : null),
                sources, org.sitrep.model.Certainty.valueOf(o.get("certainty").asText().toUpperCase(java.util.Locale.ROOT)),
                o.path("cameo_code").asText(""), o.path("confidence").asDouble(0), o.path("notes").asText(""), evidence);
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
            ObjectNode k = kinds.addObject().put("name", s.name()).put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (!s.country().isEmpty()) {
                k.put("country", s.country());
            }
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
