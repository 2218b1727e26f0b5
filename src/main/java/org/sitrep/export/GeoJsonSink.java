package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A FeatureCollection of points, streamed: the header is written first and features as they come.
 * Events with no coordinates get a null geometry, as RFC 7946 allows, so none is silently dropped.
 */
public final class GeoJsonSink implements EventSink {
    private final Writer out;
    private boolean first = true;

    public GeoJsonSink(Writer out) {
        this.out = out;
        EventSink.write(out, "{\"type\":\"FeatureCollection\",\"features\":[\n");
    }

    @Override
    public void write(Event e) {
        feature(e, EventJson.toJson(e));
    }

    /** A stored incident: its properties carry its id and corroboration too. */
    @Override
    public void write(org.sitrep.store.StoredEvent e) {
        ObjectNode props = EventJson.toJson(e.fused());
        props.put("event_id", e.id());
        props.put("corroboration", e.corroboration());
        feature(e.fused(), props);
    }

    private void feature(Event e, ObjectNode properties) {
        ObjectNode f = EventJson.MAPPER.createObjectNode();
        f.put("type", "Feature");
        f.put("id", properties.path("event_id").asText(e.eventId()));
        if (e.place() == null) {
            f.putNull("geometry");
        } else {
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(e.place().longitude()).add(e.place().latitude());
        }
        f.set("properties", properties);
        try {
            EventSink.write(out, (first ? "" : ",\n") + EventJson.MAPPER.writeValueAsString(f));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event " + e.eventId() + " cannot be written as GeoJSON", ex);
        }
        first = false;
    }

    @Override
    public void close() {
        EventSink.write(out, "\n]}\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }
}
