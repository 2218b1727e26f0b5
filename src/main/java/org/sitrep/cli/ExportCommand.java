package org.sitrep.cli;

import org.sitrep.export.EventSink;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code sitrep export}: stored events as ACLED CSV, GeoJSON or JSONL, with the filters of {@code events}. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export stored events.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    QueryOptions filters;

    @Option(names = "--format", required = true, converter = ExtractCommand.FormatConverter.class,
            description = "acled-csv, geojson or jsonl")
    EventSink.Format format;

    @Mixin
    StoreOptions where;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return EventsCommand.list(where, filters, format, spec);
    }
}
