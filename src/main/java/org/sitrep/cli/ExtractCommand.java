package org.sitrep.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.export.EventSink;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.Item;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.sitrep.extract.TypeMode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/** {@code sitrep extract}: articles in, events out, as the output contract says. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract conflict events from news articles (files, '-' for standard input, or --input JSONL).")
public final class ExtractCommand implements Callable<Integer> {
    /** Articles extracted in parallel per batch; output keeps input order. */
    static final int CHUNK = 64;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "article files (text or HTML), or - for stdin")
    List<String> files = new ArrayList<>();

    @Option(names = "--input", paramLabel = "JSONL", description = "a JSONL file of articles, one per line (- for standard"
            + " input); read line by line, so it may be of any size")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--published", paramLabel = "DATE", converter = DateConverter.class,
            description = "publication date (YYYY-MM-DD) for articles that carry none")
    LocalDate published;

    @Option(names = "--source", paramLabel = "NAME", description = "publisher for articles that name none")
    String source;

    @Option(names = "--format", defaultValue = "jsonl", converter = FormatConverter.class,
            description = "jsonl (default), acled-csv, acled-csv-classic (ACLED's pre-2023 columns) or geojson")
    EventSink.Format format;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default $SITREP_DATA or ./sitrep-data)")
    Path data;

    @Option(names = "--threads", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--types", paramLabel = "MODE", defaultValue = "both", converter = TypeModeConverter.class,
            description = "who types events: rules, classifier, or both (rules where sure; default ${DEFAULT-VALUE})")
    TypeMode types;

    /** The time written as the ACLED timestamp of events just extracted; tests fix it. */
    static Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Inputs.check(this, files, inputs);
        // the day the articles arrive: undated events of an undated article are coded on it (Extractor)
        LocalDate today = LocalDate.now(clock);
        long t0 = System.nanoTime();
        // the workers run extractions side by side: each embedding gets its share of the cores, not a pool of its own
        Extractor extractor = Engine.extractor(Engine.dataDir(data),
                LineOptions.sharing(types, Math.max(1, threads), Runtime.getRuntime().availableProcessors()));
        int[] n = new int[3]; // articles, events, errors
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Math.max(1, threads));
        // the count is known for files; a JSONL input is read as it goes, so its bar counts without an end
        ProgressBar bar = System.console() != null && files.size() + inputs.size() > 1 ? new ProgressBarBuilder()
                .setTaskName("extract").setInitialMax(inputs.isEmpty() ? files.size() : -1).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).build() : null;
        try (EventSink sink = EventSink.open(format, out, clock)) {
            Batcher<Item> batches = new Batcher<>(CHUNK, chunk -> {
                List<Extraction> results = pool.submit(() -> IntStream.range(0, chunk.size()).parallel()
                        .mapToObj(i -> run(extractor, chunk.get(i), today)).toList()).join();
                for (Extraction r : results) {
                    if (r.isFailed()) {
                        n[2]++;
                        err.println("sitrep extract: " + r.problem());
                    } else {
                        n[0]++;
                        for (Event e : r.events()) {
                            sink.write(e);
                            n[1]++;
                        }
                    }
                }
                flush(out); // a pipeline downstream sees each batch's events as they are made
                if (bar != null) {
                    bar.stepBy(chunk.size());
                }
            });
            Inputs.each(files, inputs, batches);
            batches.flush();
        } finally {
            pool.shutdown();
            if (bar != null) {
                bar.close();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "sitrep extract: %d articles, %d events, %d errors, %.1f articles/s%n", n[0], n[1],
                n[2], n[0] / Math.max(secs, 1e-9));
        return n[0] == 0 ? 1 : 0;
    }

    private static void flush(BufferedWriter out) {
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }

    /** Events of one item, or a one-line problem; an extractor failure on one article never ends the batch. */
    private Extraction run(Extractor extractor, Item item, LocalDate today) {
        if (item.problem() != null) {
            return Extraction.failed(item.problem().getMessage());
        }
        Article a = item.article();
        if (a.published() == null && published != null) {
            a = a.withPublished(published);
        }
        if ((a.source() == null || a.source().isBlank()) && source != null) {
            a = new Article(a.id(), a.text(), a.published(), source, a.url(), a.language());
        }
        try {
            return Extraction.of(a, extractor.extract(a, today));
        } catch (RuntimeException e) {
            if (System.getenv("SITREP_DEBUG") != null) {
                e.printStackTrace();
            }
            return Extraction.failed(item.name() + ": extraction failed (" + e + ")");
        }
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String s) {
            try {
                return LocalDate.parse(s);
            } catch (java.time.DateTimeException e) {
                throw new CommandLine.TypeConversionException("'" + s + "' is not a real date (expected YYYY-MM-DD)");
            }
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<EventSink.Format> {
        @Override
        public EventSink.Format convert(String s) {
            try {
                return EventSink.Format.parse(s);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
