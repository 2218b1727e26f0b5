package org.sitrep.spark;

import org.sitrep.cli.LineOptions;
import org.sitrep.extract.TypeMode;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What every executor must know to build the same line as {@code sitrep extract}: the data directory (an
 * absolute path, resolved on the driver; where it does not exist on an executor the bundled data alone is
 * used), the typing mode and the defaults for articles that carry no date or outlet.
 *
 * @param received     the day the job started (UTC, on the driver): an undated event of an undated article is
 *                     coded on it, as {@code sitrep extract} codes it on the day it runs
 * @param modelThreads the threads one embedding may use: the cores a task is given ({@code spark.task.cpus},
 *                     1 by default), so that an executor's N tasks use its N cores, not N model pools
 */
record JobSettings(String data, TypeMode types, LocalDate published, String source, Format format, boolean articles,
                   LocalDate received, int modelThreads) implements Serializable {

    JobSettings {
        java.util.Objects.requireNonNull(data, "data directory");
        java.util.Objects.requireNonNull(types, "typing mode");
        java.util.Objects.requireNonNull(format, "output format");
        java.util.Objects.requireNonNull(received, "the day the articles were received (the job's start)");
        if (modelThreads < 1) {
            throw new IllegalArgumentException("a task's model threads (spark.task.cpus) must be 1 or more, not " + modelThreads);
        }
    }

    /** How the executor builds its line. */
    LineOptions line() {
        return new LineOptions(types, modelThreads);
    }

    /** The output formats of the events and incidents; rejects and articles are always JSON lines. */
    enum Format {
        PARQUET("parquet"), JSONL("jsonl"), ACLED_CSV("acled-csv");

        final String label;

        Format(String label) {
            this.label = label;
        }

        static Format parse(String s) {
            for (Format f : values()) {
                if (f.label.equalsIgnoreCase(s) || f.name().equalsIgnoreCase(s)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + s + "'; expected parquet, jsonl or acled-csv");
        }

        @Override
        public String toString() {
            return label.toLowerCase(Locale.ROOT);
        }
    }
}
