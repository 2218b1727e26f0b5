package org.sitrep.export;

import org.sitrep.model.Event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes events in one of the output formats; {@link #close} finishes the document (GeoJSON needs it). */
public interface EventSink extends AutoCloseable {
    void write(Event e);

    @Override
    void close();

    enum Format {
        JSONL("jsonl"), ACLED_CSV("acled-csv"), GEOJSON("geojson");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Format parse(String s) {
            for (Format f : values()) {
                if (f.label.equalsIgnoreCase(s) || f.name().equalsIgnoreCase(s)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + s + "'; expected jsonl, acled-csv or geojson");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static EventSink open(Format f, Writer out) {
        return switch (f) {
            case JSONL -> new JsonlSink(out);
            case ACLED_CSV -> new AcledCsvSink(out);
            case GEOJSON -> new GeoJsonSink(out);
        };
    }

    static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }
}
