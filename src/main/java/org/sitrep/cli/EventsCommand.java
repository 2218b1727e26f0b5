package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.export.EventJson;
import org.sitrep.export.EventSink;
import org.sitrep.store.EventQuery;
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

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (the default on a terminal), jsonl (the"
            + " default otherwise: the fused record with each report's figures), acled-csv, acled-csv-classic or geojson")
    String format;

    @Mixin
    StoreOptions where;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format == null) {
            format = terminal() ? "table" : "jsonl";
        }
        EventSink.Format sinkFormat = null;
        if (!format.equalsIgnoreCase("table")) {
            try {
                sinkFormat = EventSink.Format.parse(format);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " or table");
            }
        }
        return list(where, filters, sinkFormat, spec);
    }

    /**
     * Whether a person reads standard output: Java 17 has a console only on a terminal; from Java 22 on
     * there is one even in a pipe, and it says whether it is a terminal.
     */
    static boolean terminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22: a console is a terminal
        }
    }

    /**
     * The filtered events on standard output as they are read, whatever their number: in {@code format},
     * or as a table for a person when it is null; {@code events} and {@code export} both.
     */
    static int list(StoreOptions where, QueryOptions filters, EventSink.Format format, CommandLine.Model.CommandSpec spec) {
        EventQuery q = filters.query(spec.commandLine());
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        long[] n = {0};
        try (JdbcEventStore store = where.open()) {
            if (format == null) {
                EventTable table = new EventTable(out);
                store.forEach(q, false, e -> {
                    table.row(e);
                    n[0]++;
                });
                table.close();
            } else {
                try (EventSink sink = EventSink.open(format, out)) {
                    store.forEach(q, format != EventSink.Format.GEOJSON, e -> {
                        sink.write(e);
                        n[0]++;
                    });
                }
            }
        }
        System.err.println("sitrep " + spec.name() + ": " + n[0] + " events");
        return 0;
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
