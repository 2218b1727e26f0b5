package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.sitrep.model.Event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** One event per line, as the contract's default format. */
public final class JsonlSink implements EventSink {
    private final Writer out;

    public JsonlSink(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Event e) {
        try {
            EventSink.write(out, EventJson.MAPPER.writeValueAsString(EventJson.toJson(e)) + "\n");
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event " + e.eventId() + " cannot be written as JSON", ex);
        }
    }

    /** A stored incident: the fused record with its id, corroboration and every report's own figures. */
    @Override
    public void write(org.sitrep.store.StoredEvent e) {
        try {
            EventSink.write(out, EventJson.MAPPER.writeValueAsString(EventJson.toJson(e, null)) + "\n");
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event " + e.id() + " cannot be written as JSON", ex);
        }
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
