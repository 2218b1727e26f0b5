package org.sitrep.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.sitrep.cli.Engine;
import org.sitrep.extract.TypeMode;
import org.sitrep.ingest.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sitrep archive}: whole news archives through the extraction line on Spark. The same class is the
 * main class of the job jar for {@code spark-submit} (the cluster's master and settings then come from
 * spark-submit) and what {@code ./sitrep archive} runs in-process on {@code local[N]}.
 */
@Command(name = "archive", mixinStandardHelpOptions = true, sortOptions = false, version = "sitrep archive 0.1.0 - GPL-3.0-or-later",
        description = {"Extract events from a whole archive on Apache Spark: JSONL, folders of text/HTML files and WARC "
                + "files, local or on any Hadoop file system (hdfs://, s3a://), gzipped or not.",
                "Writes DIR/events, DIR/incidents (fused across reports), DIR/rejects and DIR/articles (for 'sitrep ingest DIR')."})
public final class ArchiveMain implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "PATH", description = "a file, folder or glob of articles; repeatable")
    List<String> inputs = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "more inputs, as --input")
    List<String> more = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "output directory (local or a Hadoop URI)")
    String output;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "FORMAT",
            description = "events and incidents as parquet (default; by year and country), jsonl or acled-csv")
    String format;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*])")
    String master;

    @Option(names = "--partitions", description = "extraction partitions (default: the files, at least 4 per core)")
    int partitions;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default $SITREP_DATA or ./sitrep-data)")
    Path data;

    @Option(names = "--types", paramLabel = "MODE", defaultValue = "both",
            description = "who types events: rules, classifier, or both (default ${DEFAULT-VALUE})")
    String types;

    @Option(names = "--published", paramLabel = "DATE", description = "publication date (YYYY-MM-DD) for articles that carry none")
    String published;

    @Option(names = "--source", paramLabel = "NAME", description = "publisher for articles that name none")
    String source;

    @Option(names = "--no-fusion", negatable = false, description = "skip the fusion stage (no DIR/incidents)")
    boolean noFusion;

    @Option(names = "--no-articles", negatable = false, description = "do not write DIR/articles (the texts, for 'sitrep ingest')")
    boolean noArticles;

    @Option(names = "--overwrite", description = "replace the output directory if it exists")
    boolean overwrite;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new ArchiveMain());
        cl.setCommandName("sitrep archive");
        // failures the user can act on are one line naming what failed; anything else keeps its trace
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException
                    || e instanceof InputProblem || e instanceof IllegalStateException) {
                line.getErr().println("sitrep archive: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        List<String> all = new ArrayList<>(inputs);
        all.addAll(more);
        if (all.isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "give --input PATH (a file, folder or glob)");
        }
        SparkConf conf = new SparkConf().setAppName("sitrep archive");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]"); // run directly, not through spark-submit: every core of this machine
        }
        // a task's embeddings use the cores Spark gives the task, so N tasks at once use N cores
        JobSettings settings = new JobSettings(Engine.dataDir(data).toAbsolutePath().toString(), TypeMode.parse(types),
                date(published), source, JobSettings.Format.parse(format), !noArticles,
                LocalDate.now(java.time.ZoneOffset.UTC), // as `sitrep extract`: the day it runs, in UTC
                conf.getInt("spark.task.cpus", 1));
        boolean local = conf.get("spark.master").startsWith("local");
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        if (local) {
            // on one machine this JVM is the executor: its line loads, and warms up, while Spark starts
            Thread preload = new Thread(() -> {
                try {
                    Line.warmUp(settings, started::get);
                } catch (RuntimeException e) {
                    // the first task builds the line again and fails with this error, where Spark reports it
                }
            }, "sitrep-line-preload");
            preload.setDaemon(true);
            preload.start();
            // Spark's per-stage progress bar on a terminal
            conf.setIfMissing("spark.ui.showConsoleProgress", String.valueOf(System.console() != null));
        }
        SparkSession spark = session(conf);
        started.set(true); // the warm-up gives the cores back to the tasks
        try {
            ArchiveJob.Summary s = ArchiveJob.run(spark, new ArchiveJob.Request(all, output, settings, partitions,
                    !noFusion, overwrite));
            System.err.println(s.line());
            if (local) {
                System.err.println(heap());
            }
            return s.articles() == 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }

    /**
     * The executor's peak heap on one machine (driver and executor are this JVM): each heap pool's peak, added
     * up, which is at least the true peak since the pools peak at different moments; and the processors the JVM
     * was given (1 for local[1] through {@code ./sitrep}, which confines the whole process to N cores).
     */
    static String heap() {
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        int cpus = Runtime.getRuntime().availableProcessors();
        return String.format(java.util.Locale.ROOT, "sitrep archive: peak heap %d MB of at most %d MB (-Xmx); %d processor%s",
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20, cpus, cpus == 1 ? "" : "s");
    }

    private static SparkSession session(SparkConf conf) {
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        spark.sparkContext().setLogLevel(System.getenv().getOrDefault("SITREP_SPARK_LOG", "WARN"));
        var ui = spark.sparkContext().uiWebUrl();
        if (ui.isDefined()) {
            System.err.println("sitrep archive: Spark UI " + ui.get() + " (master " + conf.get("spark.master") + ")");
        }
        return spark;
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("--published '" + s + "' is not a real date (expected YYYY-MM-DD)");
        }
    }
}
