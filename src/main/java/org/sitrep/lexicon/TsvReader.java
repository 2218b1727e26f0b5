package org.sitrep.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the tab-separated knowledge files (gazetteer additions, lexicons): blank lines and {@code #}
 * comments are skipped, every row must have {@code minColumns}, and any error names the file and line.
 */
public final class TsvReader {
    /** Receives one row; may throw IllegalArgumentException, which gets the file and line prepended. */
    @FunctionalInterface
    public interface Row {
        void accept(String[] fields);
    }

    private TsvReader() {
    }

    public static void read(InputStream in, String origin, int minColumns, String expected, Row row) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < minColumns) {
                    throw new IllegalArgumentException(origin + " line " + lineNo + ": expected " + minColumns
                            + " tab-separated columns (" + expected + "), got " + f.length + ": '" + line + "'");
                }
                try {
                    row.accept(f);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(origin + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(origin + ": " + e.getMessage(), e);
        }
    }
}
