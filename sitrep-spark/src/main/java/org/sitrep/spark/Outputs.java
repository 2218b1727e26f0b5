package org.sitrep.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

import java.util.Collections;
import java.util.Iterator;

/**
 * The folders of an archive run under the output directory:
 * <pre>
 *   events/      the per-article events: Parquet by year and country, or JSON lines, or ACLED CSV
 *   incidents/   the fused incidents with their reports, in the same format (CSV: the fused record)
 *   incident_reports/  (ACLED CSV only) which reports each incident was fused from
 *   rejects/     every input that gave no article, JSON lines {"input", "article_id"?, "reason"}
 *   articles/    gzipped JSON lines: each article that has events, with its text and events, for `sitrep ingest DIR`
 *   sitrep-archive.json  what was run and what came out
 * </pre>
 */
final class Outputs {
    private final SparkSession spark;
    private final String dir;
    private final JobSettings.Format format;
    /** Tasks that write a Parquet output; each writes the year-and-country folders it is given. */
    private final int writers;

    Outputs(SparkSession spark, String dir, JobSettings.Format format, int writers) {
        this.spark = spark;
        this.dir = dir;
        this.format = format;
        this.writers = writers;
    }

    void events(JavaRDD<Result> events) {
        if (format == JobSettings.Format.PARQUET) {
            parquet(events.map(Result::stored), Schemas.EVENT, "events");
        } else {
            text(withHeader(events.map(Result::line), format == JobSettings.Format.ACLED_CSV ? Extraction.Lines.csvHeader() : null),
                    "events", false);
        }
    }

    void incidents(JavaRDD<FusionStage.Row> incidents) {
        switch (format) {
            case PARQUET -> parquet(incidents.map(FusionStage.Row::json), Schemas.INCIDENT, "incidents");
            case JSONL -> text(incidents.map(FusionStage.Row::json), "incidents", false);
            case ACLED_CSV -> {
                text(withHeader(incidents.map(FusionStage.Row::csv), Extraction.Lines.csvHeader()), "incidents", false);
                text(withHeader(incidents.map(FusionStage.Row::links), FusionStage.Csv.LINKS_HEADER), "incident_reports", false);
            }
        }
    }

    void rejects(JavaRDD<Result> rejects) {
        // rejects are few: one file reads better than one per partition
        text(rejects.map(Result::line).coalesce(1), "rejects", false);
    }

    /** In order of publication across the part files: a store fills fastest, and fuses as a monitor would, that way. */
    void articles(JavaRDD<Result> articles, int partitions) {
        text(articles.sortBy(Result::day, true, partitions).map(Result::line), "articles", true);
    }

    /**
     * Records written in the store's JSON form, read by Spark's own JSON reader into the schema (a record that
     * does not fit fails the job rather than losing a field), then partitioned into year and country folders.
     */
    private void parquet(JavaRDD<String> json, StructType schema, String name) {
        Dataset<Row> rows = spark.read().schema(schema).option("mode", "FAILFAST")
                .json(spark.createDataset(json.rdd(), Encoders.STRING()))
                .withColumn("year", functions.year(functions.col("event_date")));
        // one file per year and country rather than one per task and country: the layout readers expect
        rows.repartition(writers, functions.col("year"), functions.col("country")).write().mode(SaveMode.ErrorIfExists)
                .partitionBy(Schemas.PARTITIONS).parquet(dir + "/" + name);
    }

    /**
     * Lines as Hadoop text files ("part-00000", gzipped "part-00000.gz"), through the RDD writer: a plain copy
     * needs none of Spark SQL's planning and code generation, which cost seconds on a cold JVM.
     */
    private void text(JavaRDD<String> lines, String name, boolean gzip) {
        if (gzip) {
            lines.saveAsTextFile(dir + "/" + name, org.apache.hadoop.io.compress.GzipCodec.class);
        } else {
            lines.saveAsTextFile(dir + "/" + name);
        }
    }

    /** Each file of a CSV output starts with the header, so that every part stands alone; an empty part stays empty. */
    private static JavaRDD<String> withHeader(JavaRDD<String> lines, String header) {
        if (header == null) {
            return lines;
        }
        return lines.mapPartitions(it -> {
            if (!it.hasNext()) {
                return Collections.emptyIterator();
            }
            return new Iterator<String>() {
                private boolean headed;

                @Override
                public boolean hasNext() {
                    return !headed || it.hasNext();
                }

                @Override
                public String next() {
                    if (!headed) {
                        headed = true;
                        return header;
                    }
                    return it.next();
                }
            };
        });
    }
}
