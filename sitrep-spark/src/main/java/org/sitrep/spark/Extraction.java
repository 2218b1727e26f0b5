package org.sitrep.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.sitrep.export.AcledCsvSink;
import org.sitrep.export.EventSink;
import org.sitrep.export.JsonlSink;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.store.EventRecords;
import org.sitrep.store.StoredEvent;

import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The extraction of one partition: the JVM's line (built once, {@link Line}), then each article in turn,
 * streamed, into results. An article the line fails on is a reject with the reason; the job never fails for
 * one article. The per-article rules are {@code sitrep extract}'s: {@code --published} and {@code --source}
 * fill what the article leaves open, and the events are written by the core's own sinks.
 */
final class Extraction implements FlatMapFunction<Iterator<Doc>, Result> {
    private static final long serialVersionUID = 1L;
    private final JobSettings settings;

    Extraction(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public Iterator<Result> call(Iterator<Doc> docs) {
        Extractor line = Line.of(settings);
        Lines lines = new Lines(settings.format());
        return new Iterator<>() {
            private Iterator<Result> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && docs.hasNext()) {
                    current = results(line, lines, docs.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Result next() {
                hasNext();
                return current.next();
            }
        };
    }

    /** The results of one input: its events and the article (with its text when it has events); or its reject. */
    List<Result> results(Extractor line, Lines lines, Doc doc) {
        if (doc.isBad()) {
            return List.of(reject(doc.input(), null, doc.problem()));
        }
        Article a = withDefaults(doc.article());
        List<Event> events;
        try {
            events = line.extract(a, settings.received());
        } catch (RuntimeException | StackOverflowError e) {
            // a pathological article (a regular expression's deep recursion, a rule's bug) costs itself only
            return List.of(reject(doc.input(), a.id(), doc.input() + ": extraction failed (" + e + ")"));
        }
        List<Result> out = new ArrayList<>(events.size() + 1);
        ArrayNode stored = EventRecords.MAPPER.createArrayNode();
        long published = a.published() == null ? Result.UNDATED : a.published().toEpochDay();
        for (Event e : events) {
            ObjectNode s = EventRecords.toStoredJson(e);
            stored.add(s);
            boolean fusable = e.date() != null && e.place() != null && e.place().precision() != 3;
            String key = !fusable ? null : e.place().countryCode().isEmpty() ? e.place().country() : e.place().countryCode();
            out.add(new Result(Result.Kind.EVENT, e.articleId(), e.eventId(), key, fusable ? e.date().toEpochDay() : 0,
                    published, s.toString(), lines.line(e)));
        }
        // every article is counted; only one with events is written for the store
        out.add(Result.article(a.id(), published, settings.articles() && !events.isEmpty() ? articleJson(a, stored) : null));
        return out;
    }

    /** {@code sitrep extract}'s defaults for what an article does not say. */
    private Article withDefaults(Article a) {
        if (a.published() == null && settings.published() != null) {
            a = a.withPublished(settings.published());
        }
        if ((a.source() == null || a.source().isBlank()) && settings.source() != null) {
            a = new Article(a.id(), a.text(), a.published(), settings.source(), a.url(), a.language(), a.byline());
        }
        return a;
    }

    static Result reject(String input, String articleId, String reason) {
        ObjectNode o = EventRecords.MAPPER.createObjectNode().put("input", input);
        if (articleId != null) {
            o.put("article_id", articleId);
        }
        return Result.reject(o.put("reason", reason).toString());
    }

    /** An article with its events in the store's form: what {@code sitrep ingest DIR} stores without extracting. */
    static String articleJson(Article a, ArrayNode events) {
        ObjectNode o = EventRecords.MAPPER.createObjectNode().put("id", a.id()).put("text", a.text())
                .put("published", a.published() == null ? null : a.published().toString()).put("source", a.source())
                .put("url", a.url()).put("language", a.language()).put("byline", a.byline());
        o.set("events", events);
        try {
            return EventRecords.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article " + a.id() + " cannot be written as JSON", e);
        }
    }

    /**
     * An event as the output format writes it, through the core's sinks so that a line is exactly what
     * {@code sitrep extract --format F} prints (the ACLED timestamp of an event just extracted is, as there,
     * the time it was written); Parquet needs no line (it is built from the stored form).
     */
    static final class Lines {
        private final StringWriter buffer = new StringWriter();
        private final EventSink sink;

        Lines(JobSettings.Format format) {
            sink = switch (format) {
                case JSONL -> new JsonlSink(buffer);
                case ACLED_CSV -> new AcledCsvSink(buffer, AcledCsvSink.Layout.CURRENT, Clock.systemUTC());
                case PARQUET -> null;
            };
            buffer.getBuffer().setLength(0); // the CSV sink writes its header at once: the outputs add it per file
        }

        String line(Event e) {
            if (sink == null) {
                return null;
            }
            sink.write(e);
            return take();
        }

        /** A fused incident as {@code sitrep events} writes a stored one (its id and corroboration). */
        String line(StoredEvent incident) {
            if (sink == null) {
                return null;
            }
            sink.write(incident);
            return take();
        }

        private String take() {
            StringBuffer b = buffer.getBuffer();
            String s = b.substring(0, b.length() - 1); // each sink ends a record with one '\n'
            b.setLength(0);
            return s;
        }

        /** The CSV header the ACLED sink writes, for the top of each output file. */
        static String csvHeader() {
            return String.join(",", AcledCsvSink.header(AcledCsvSink.Layout.CURRENT));
        }
    }
}
