package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.export.EventJson;
import org.sitrep.export.EventSink;
import org.sitrep.store.JdbcEventStore;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep events}: stored incidents with filters; {@code show ID} with every report; {@code split ID}. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events (filters as options), show one with its reports, or split a fused one.",
        subcommands = {EventsCommand.Show.class, EventsCommand.Split.class})
public final class EventsCommand implements Callable<Integer> {
    static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    QueryOptions filters;

    @Option(names = "--format", defaultValue = "jsonl", converter = ExtractCommand.FormatConverter.class,
            description = "jsonl (default, with each report's figures), acled-csv or geojson")
    EventSink.Format format;

    @Mixin
    StoreOptions where;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return list(where, filters, format, spec);
    }

    /** The filtered events in {@code format}, on standard output; {@code events} and {@code export} both. */
    static int list(StoreOptions where, QueryOptions filters, EventSink.Format format, CommandLine.Model.CommandSpec spec) {
        try (JdbcEventStore store = where.open()) {
            List<StoredEvent> events = store.events(filters.query(spec.commandLine()));
            write(events, format);
            System.err.println("sitrep " + spec.name() + ": " + events.size() + " events");
            return 0;
        }
    }

    static void write(List<StoredEvent> events, EventSink.Format format) {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        if (format == EventSink.Format.JSONL) {
            try {
                for (StoredEvent e : events) {
                    out.write(JSON.writeValueAsString(json(e)));
                    out.write('\n');
                }
                out.flush();
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write output: " + ex.getMessage(), ex);
            }
            return;
        }
        try (EventSink sink = EventSink.open(format, out)) {
            events.forEach(e -> sink.write(e.fused()));
        }
    }

    /** The fused record, with corroboration and every report's own figures and source. */
    static ObjectNode json(StoredEvent e) {
        return EventJson.toJson(e, null);
    }

    /**
     * The event with every report saying why it is part of it: the report that founded it, or the checks
     * that joined it ("joined because: same sub-event family (...), 3 km apart, ..."); and for a report
     * from a re-published page, the version it replaced.
     */
    static ObjectNode explained(StoredEvent e, JdbcEventStore store) {
        ObjectNode o = json(e);
        var nodes = o.withArray("reports");
        for (int i = 0; i < e.reports().size() && i < nodes.size(); i++) {
            StoredEvent.Report r = e.reports().get(i);
            ObjectNode n = (ObjectNode) nodes.get(i);
            n.put("joined", r.joined() != null ? r.joined().explain()
                    : i == 0 ? "founded the event" : "joined before Sitrep kept its fusion decisions");
            store.previousVersion(r.articleKey()).ifPresent(v -> n.put("replaces_version", v));
        }
        return o;
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One event with all its reports, and why each report is part of it.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        StoreOptions where;

        @Override
        public Integer call() throws IOException {
            try (JdbcEventStore store = where.open()) {
                var e = store.event(id);
                if (e.isEmpty()) {
                    System.err.println("sitrep events show: no event " + id);
                    return 1;
                }
                System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(explained(e.get(), store)));
                return 0;
            }
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Undo a fusion: every report of the event becomes an event of its own, for good.")
    static final class Split implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        StoreOptions where;

        @Override
        public Integer call() throws IOException {
            try (JdbcEventStore store = where.open()) {
                if (store.event(id).isEmpty()) {
                    System.err.println("sitrep events split: no event " + id);
                    return 1;
                }
                List<StoredEvent> parts = store.split(id);
                for (StoredEvent p : parts) {
                    System.out.println(JSON.writeValueAsString(json(p)));
                }
                System.err.println("sitrep events split: " + id + " is now " + parts.size() + " events");
                return 0;
            }
        }
    }
}
