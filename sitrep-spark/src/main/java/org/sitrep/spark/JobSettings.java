package org.sitrep.spark;

import org.sitrep.extract.TypeMode;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What every executor must know to build the same line as {@code sitrep extract}: the data directory (an
 * absolute path, resolved on the driver; where it does not exist on an executor the bundled data alone is
 * used), the typing mode and the defaults for articles that carry no date or outlet.
 */
record JobSettings(String data, TypeMode types, LocalDate published, String source, Format format, boolean articles)
        implements Serializable {

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
