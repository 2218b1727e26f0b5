package org.sitrep.export;

import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes events in one of the output formats, one at a time as they come (an export of any size needs
 * no more memory than one event); {@link #close} finishes the document (GeoJSON needs it).
 */
public interface EventSink extends AutoCloseable {
    /** An event just extracted. */
    void write(Event e);

    /** A stored incident: sinks add what the store knows (its id, corroboration, when it last changed). */
    default void write(StoredEvent e) {
        write(e.fused());
    }

    @Override
    void close();

    enum Format {
        JSONL("jsonl", "application/x-ndjson", "jsonl"), ACLED_CSV("acled-csv", "text/csv; charset=utf-8", "csv"),
        ACLED_CSV_CLASSIC("acled-csv-classic", "text/csv; charset=utf-8", "csv"),
        GEOJSON("geojson", "application/geo+json", "geojson");

        private final String label;
        private final String mediaType;
        private final String extension;

        Format(String label, String mediaType, String extension) {
            this.label = label;
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String label() {
            return label;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        public static Format parse(String s) {
            for (Format f : values()) {
                if (f.label.equalsIgnoreCase(s) || f.name().equalsIgnoreCase(s)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + s + "'; expected "
                    + Arrays.stream(values()).map(Format::label).collect(Collectors.joining(", ")));
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static EventSink open(Format f, Writer out) {
        return open(f, out, Clock.systemUTC());
    }

    /** {@code clock} dates what has no stored time: the ACLED timestamp of events just extracted. */
    static EventSink open(Format f, Writer out, Clock clock) {
        return switch (f) {
            case JSONL -> new JsonlSink(out);
            case ACLED_CSV -> new AcledCsvSink(out, AcledCsvSink.Layout.CURRENT, clock);
            case ACLED_CSV_CLASSIC -> new AcledCsvSink(out, AcledCsvSink.Layout.CLASSIC, clock);
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
