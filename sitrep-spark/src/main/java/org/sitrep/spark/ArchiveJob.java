package org.sitrep.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.TaskCompletionListener;
import org.sitrep.store.EventRecords;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The archive job: list the input files, read each in one task, spread the articles over the cores, extract
 * each partition with the executor's one line, then write the events, the rejects, the articles for the
 * store and, as a last stage, the fused incidents.
 */
final class ArchiveJob {
    private ArchiveJob() {
    }

    /** What to run: inputs (paths, folders, globs, any Hadoop URI), the output directory, and how. */
    record Request(List<String> inputs, String output, JobSettings settings, int partitions, boolean fuse,
                   boolean overwrite) {
    }

    /** What came out, and where the time went: reading and extracting, writing, fusing (with its writing). */
    record Summary(long files, long articles, long events, long rejects, long incidents, long fused, int passedOver,
                   double extractSeconds, double writeSeconds, double fuseSeconds, double seconds, int cores) {
        String line() {
            return String.format(Locale.ROOT, "sitrep archive: %d articles, %d events, %d rejects, %s%.1f articles/s"
                            + " (%d files on %d cores: %.1f s extracting, %.1f s writing, %.1f s fusing; %.1f s in all)",
                    articles, events, rejects, incidents < 0 ? "" : incidents + " incidents (" + fused
                            + " fused from 2+ reports), ", articles / Math.max(extractSeconds, 1e-9), files, cores,
                    extractSeconds, writeSeconds, fuseSeconds, seconds);
        }
    }

    static Summary run(SparkSession spark, Request r) {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        prepare(r.output(), r.overwrite(), conf);
        InputFile.Listing listing = InputFile.list(r.inputs(), conf);
        if (listing.files().isEmpty()) {
            throw new IllegalArgumentException("no article files in " + String.join(", ", r.inputs())
                    + " (articles are .jsonl, .txt, .html or .warc files, optionally gzipped)");
        }
        int cores = jsc.defaultParallelism();
        int partitions = r.partitions() > 0 ? r.partitions() : Math.max(listing.files().size(), 4 * cores);
        System.err.printf(Locale.ROOT, "sitrep archive: %d input files%s, %d partitions over %d cores%n",
                listing.files().size(), listing.passedOver() == 0 ? "" : " (" + listing.passedOver()
                        + " other files passed over)", partitions, cores);

        Broadcast<HadoopConf> hadoop = jsc.broadcast(new HadoopConf(conf));
        jsc.setJobDescription("sitrep archive: read and extract " + listing.files().size() + " files");
        JavaRDD<Doc> docs = jsc.parallelize(listing.files(), listing.files().size()).flatMap(f -> {
            DocReader.CloseableIterator it = DocReader.read(f, hadoop.value().get());
            TaskContext task = TaskContext.get();
            if (task != null) { // a task that fails or is killed still closes its file
                task.addTaskCompletionListener((TaskCompletionListener) ctx -> it.close());
            }
            return it;
        }).setName("articles");
        // the files' articles spread evenly over the cores: a single large file would otherwise run on one
        JavaRDD<Result> results = docs.repartition(partitions).mapPartitions(new Extraction(r.settings()))
                .setName("extracted").persist(StorageLevel.MEMORY_AND_DISK());
        long tx = System.nanoTime();
        Map<Result.Kind, Long> counts = results.map(Result::kind).countByValue();
        double extractSeconds = (System.nanoTime() - tx) / 1e9;
        long articles = counts.getOrDefault(Result.Kind.ARTICLE, 0L);
        long events = counts.getOrDefault(Result.Kind.EVENT, 0L);
        long rejects = counts.getOrDefault(Result.Kind.REJECT, 0L);

        long tw = System.nanoTime();
        Outputs out = new Outputs(spark, r.output(), r.settings().format(), cores);
        JavaRDD<Result> eventResults = results.filter(x -> x.kind() == Result.Kind.EVENT);
        jsc.setJobDescription("sitrep archive: write " + events + " events");
        out.events(eventResults);
        jsc.setJobDescription("sitrep archive: write " + rejects + " rejects");
        out.rejects(results.filter(x -> x.kind() == Result.Kind.REJECT));
        if (r.settings().articles()) {
            jsc.setJobDescription("sitrep archive: write the articles with events, for sitrep ingest");
            out.articles(results.filter(x -> x.kind() == Result.Kind.ARTICLE && x.line() != null), cores);
        }
        long tf = System.nanoTime();
        long incidents = -1, fused = 0;
        if (r.fuse()) {
            jsc.setJobDescription("sitrep archive: fuse reports into incidents");
            JavaRDD<FusionStage.Row> rows = FusionStage.run(eventResults, cores, r.settings().format())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            out.incidents(rows);
            Map<Boolean, Long> sizes = rows.map(x -> x.reports() > 1).countByValue();
            fused = sizes.getOrDefault(true, 0L);
            incidents = fused + sizes.getOrDefault(false, 0L);
            rows.unpersist(false);
        }
        results.unpersist(false);
        long end = System.nanoTime();
        Summary s = new Summary(listing.files().size(), articles, events, rejects, incidents, fused, listing.passedOver(),
                extractSeconds, (tf - tw) / 1e9, (end - tf) / 1e9, (end - t0) / 1e9, cores);
        writeMarker(r, s, conf);
        return s;
    }

    /** A fresh output directory: an existing one is refused, unless asked to replace it. */
    private static void prepare(String output, boolean overwrite, Configuration conf) {
        Path p = new Path(output);
        try {
            FileSystem fs = p.getFileSystem(conf);
            if (fs.exists(p)) {
                if (!overwrite && (!fs.getFileStatus(p).isDirectory() || fs.listStatus(p).length > 0)) {
                    throw new IllegalArgumentException("output " + output + " exists; give --overwrite to replace it");
                }
                fs.delete(p, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("output " + output + ": " + e.getMessage(), e);
        }
    }

    /** {@code sitrep-archive.json}: what was run and what came out; {@code sitrep ingest DIR} looks for it. */
    private static void writeMarker(Request r, Summary s, Configuration conf) {
        var o = EventRecords.MAPPER.createObjectNode().put("sitrep_archive", 1).put("format", r.settings().format().toString())
                .put("types", r.settings().types().toString()).put("files", s.files()).put("articles", s.articles())
                .put("events", s.events()).put("rejects", s.rejects()).put("incidents", s.incidents())
                .put("articles_for_store", r.settings().articles());
        var inputs = o.putArray("inputs");
        r.inputs().forEach(inputs::add);
        Path p = new Path(r.output(), "sitrep-archive.json");
        try (OutputStream w = p.getFileSystem(conf).create(p, true)) {
            w.write((o.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p + ": " + e.getMessage(), e);
        }
    }
}
