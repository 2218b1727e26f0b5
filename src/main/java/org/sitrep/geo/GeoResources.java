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

    /** Where the bundled gazetteer files lie on the classpath. */
    static final String GAZETTEER = "/sitrep/geo/";

    /** A bundled file's name and size: another build of the gazetteer files is another snapshot. */
    static String gazetteerFileIdentity(String name) {
        java.net.URL url = GeoResources.class.getResource(GAZETTEER + name);
        if (url == null) {
            gazetteerFile(name); // throws, naming the script that makes it
        }
        return Snapshot.urlIdentity(name, url);
    }

    static java.io.InputStream gazetteerFile(String name) {
        java.io.InputStream in = GeoResources.class.getResourceAsStream(GAZETTEER + name);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource " + GAZETTEER + name + " is missing from the classpath; run "
                    + (name.startsWith("wof-") ? "scripts/build-wof.py" : "scripts/build-gazetteer.py"));
        }
        return in;
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
