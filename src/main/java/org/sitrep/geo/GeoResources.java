package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The geo stage's own word files on the classpath (not-places, English words, transliterated countries). */
final class GeoResources {
    private GeoResources() {
    }

    /** A list resource, one entry a line, lower-cased; {@code #} comments and blank lines skipped; .gz inflated. */
    static Set<String> readList(String resource) {
        var in = GeoResources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource " + resource + " is missing from the classpath");
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource.endsWith(".gz")
                ? new java.util.zip.GZIPInputStream(in) : in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
        return out;
    }

}
