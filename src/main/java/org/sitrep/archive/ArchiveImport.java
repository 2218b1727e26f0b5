package org.sitrep.archive;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.store.EventRecords;
import org.sitrep.store.EventStore;
import org.sitrep.store.JdbcEventStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code sitrep ingest DIR} for a directory written by {@code sitrep archive} (the Spark module): its
 * {@code articles/} hold each article that had events, with its text and its events in the store's form, so
 * the archive goes into the store as extracted on the cluster, without extracting again. The store fuses the
 * reports as it fuses any ingest. The part files are read in name order, which the job made date order.
 */
public final class ArchiveImport {
    /** The file {@code sitrep archive} leaves in its output directory. */
    public static final String MARKER = "sitrep-archive.json";
    /** Articles per transaction, as ingest's bulk loads. */
    static final int CHUNK = 500;

    public record Summary(int stored, int duplicates, int events, int fused, int errors, double seconds) {
        public String line(String command, Path dir) {
            return String.format(Locale.ROOT, "sitrep %s: %s: %d articles stored, %d already known, %d events (%d fused into"
                    + " incidents already stored), %d errors, %.1f articles/s", command, dir, stored, duplicates, events,
                    fused, errors, (stored + duplicates) / Math.max(seconds, 1e-9));
        }
    }

    private ArchiveImport() {
    }

    public static boolean isArchive(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(MARKER));
    }

    public static Summary load(Path dir, JdbcEventStore store, PrintStream err) {
        long t0 = System.nanoTime();
        Path articles = dir.resolve("articles");
        if (!Files.isDirectory(articles)) {
            throw new IllegalArgumentException(dir + " is an archive written without its articles (--no-articles);"
                    + " run 'sitrep archive' again without it to load the archive into a store");
        }
        int stored = 0, dup = 0, events = 0, fused = 0, errors = 0;
        List<JdbcEventStore.Batch> batch = new ArrayList<>(CHUNK);
        for (Path part : parts(articles)) {
            try (BufferedReader r = reader(part)) {
                int lineNo = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        batch.add(batch(EventRecords.MAPPER.readTree(line)));
                    } catch (IOException | RuntimeException e) {
                        errors++;
                        err.println("sitrep ingest: " + part + " line " + lineNo + ": not an archived article (" + e.getMessage() + ")");
                    }
                    if (batch.size() == CHUNK) {
                        int[] c = store(store, batch);
                        stored += c[0];
                        dup += c[1];
                        events += c[2];
                        fused += c[3];
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + part + ": " + e.getMessage(), e);
            }
        }
        int[] c = store(store, batch);
        return new Summary(stored + c[0], dup + c[1], events + c[2], fused + c[3], errors, (System.nanoTime() - t0) / 1e9);
    }

    /** Stores and empties the batch: articles stored, already known, events, events fused into stored incidents. */
    private static int[] store(JdbcEventStore store, List<JdbcEventStore.Batch> batch) {
        int[] c = new int[4];
        for (EventStore.Outcome o : store.storeAll(batch)) {
            if (o.duplicate()) {
                c[1]++;
            } else {
                c[0]++;
                c[2] += o.reports();
                c[3] += o.fusedInto();
            }
        }
        batch.clear();
        return c;
    }

    static JdbcEventStore.Batch batch(JsonNode n) {
        String published = n.path("published").asText(null);
        Article a = new Article(n.get("id").asText(), n.get("text").asText(), ArticleReader.lenientDate(published),
                text(n, "source"), text(n, "url"), n.path("language").asText("en"), text(n, "byline"));
        List<Event> events = new ArrayList<>();
        for (JsonNode e : n.path("events")) {
            events.add(EventRecords.fromStoredJson(e));
        }
        return new JdbcEventStore.Batch(a, events);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /** The part files Spark wrote, in name order; its bookkeeping ('_SUCCESS', '.crc') left out. */
    private static List<Path> parts(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return Files.isRegularFile(p) && !n.startsWith("_") && !n.startsWith(".");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static BufferedReader reader(Path part) throws IOException {
        InputStream in = Files.newInputStream(part);
        if (part.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
