package org.sitrep.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.export.AcledCsvReader;
import org.sitrep.ingest.Fetcher;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.Item;
import org.sitrep.ingest.Web;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.store.EventStore;
import org.sitrep.store.JdbcEventStore;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Files, folders, feeds, pages and ACLED CSVs into the store: read, extract in parallel, store in order.
 * Articles are committed a chunk at a time as they are read, each article with all its events, so an
 * interrupted run loses only the chunk in flight and a rerun completes it without duplicates.
 */
final class Ingestion {
    /** Articles per transaction: big enough for bulk speed, small enough that a kill loses little. */
    static final int CHUNK = 32;

    /** {@code updated}: reports of pages re-published with new text that replaced their earlier version's. */
    record Summary(int stored, int duplicates, int events, int fused, int updated, int errors, double seconds) {
        String line(String command) {
            return String.format(Locale.ROOT, "sitrep %s: %d articles stored, %d already known, %d events (%d fused into"
                    + " incidents already stored%s), %d errors, %.1f articles/s", command, stored, duplicates, events, fused,
                    updated == 0 ? "" : ", " + updated + " updating a re-published page's", errors,
                    (stored + duplicates) / Math.max(seconds, 1e-9));
        }
    }

    /** Built on first need: an ingest of ACLED CSVs or of known articles never loads the extraction line. */
    private final java.util.function.Supplier<Extractor> extractorSource;
    private Extractor extractor;
    private final JdbcEventStore store;
    private final Fetcher web;
    private final PrintStream err;
    private final String command;
    private final ForkJoinPool pool;

    Ingestion(java.util.function.Supplier<Extractor> extractor, JdbcEventStore store, PrintStream err, String command,
              int threads, Fetcher.Limits limits) {
        this.extractorSource = extractor;
        this.web = new Fetcher(limits);
        this.store = store;
        this.err = err;
        this.command = command;
        this.pool = new ForkJoinPool(Math.max(1, threads));
    }

    /** A feed entry carries its whole story when its text is this long; otherwise the entry's page is fetched. */
    static final int FEED_STORY_CHARS = 200;

    /**
     * Reads every target and stores what it holds, a chunk at a time as the inputs are read (a JSONL file
     * of any size streams through): paths (files, folders, JSONL, ACLED CSV, RSS/Atom files) and URLs
     * (feeds or pages). Problems are reported, not thrown.
     */
    Summary ingest(List<String> targets, LocalDate defaultPublished) {
        return tally(defaultPublished, sink -> {
            for (String t : targets) {
                each(t, sink);
            }
        });
    }

    /** Stores items already read (a feed's entries, for watch). */
    Summary run(List<Item> items, LocalDate defaultPublished) {
        return tally(defaultPublished, sink -> items.forEach(sink));
    }

    private void each(String target, Consumer<Item> sink) {
        if (Web.isUrl(target)) {
            fromUrl(target).forEach(sink);
            return;
        }
        Path p = Path.of(target);
        if (!Files.isDirectory(p)) {
            file(p, sink, true);
            return;
        }
        List<Path> passedOver = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                if (!file(f, sink, false)) {
                    passedOver.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read folder " + p + ": " + e.getMessage(), e);
        }
        if (!passedOver.isEmpty()) {
            err.println("sitrep " + command + ": passed over " + passedOver.size() + " .jsonl or .csv file(s) holding no"
                    + " articles or events (no \"text\" on the first line, no ACLED header), e.g. " + passedOver.get(0));
        }
    }

    /**
     * One file by its kind: JSONL articles, an ACLED CSV, an RSS or Atom feed, an article. In a folder
     * ({@code named} false), files of other kinds are skipped; returns false for a .jsonl or .csv passed over.
     */
    private boolean file(Path f, Consumer<Item> sink, boolean named) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl")) {
            if (!named && !ArticleReader.holdsArticles(f)) {
                return false;
            }
            ArticleReader.jsonl(f, sink);
        } else if (n.endsWith(".csv")) {
            if (!named && !AcledCsvReader.isAcledCsv(f)) {
                return false;
            }
            importCsv(f);
        } else if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
            fromFeedFile(f).forEach(sink);
        } else if (named || n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm")) {
            sink.accept(ArticleReader.file(f));
        }
        return true;
    }

    /** A feed's new entries, or a single page; entries already stored are skipped before fetching. */
    List<Item> fromUrl(String url) {
        try {
            byte[] body = web.fetchNamed(url);
            if (!Web.looksLikeFeed(body)) {
                return List.of(Item.ok(url, Web.page(url, body, Web.host(url))));
            }
            return fromFeed(url, body, false);
        } catch (InputProblem p) {
            return List.of(Item.bad(p));
        }
    }

    /**
     * A feed saved as a file: its entries carry their stories (a full-text feed), which are read as they
     * are; an entry with only a summary has its page fetched, as from a feed online.
     */
    List<Item> fromFeedFile(Path file) {
        try {
            byte[] body = Files.readAllBytes(file);
            if (!Web.looksLikeFeed(body)) {
                return List.of(Item.bad(new InputProblem(file.toString(), "not an RSS or Atom feed")));
            }
            return fromFeed(file.toUri().toString(), body, true);
        } catch (InputProblem p) {
            return List.of(Item.bad(p));
        } catch (IOException e) {
            return List.of(Item.bad(new InputProblem(file.toString(), e instanceof java.nio.file.NoSuchFileException
                    ? "no such file" : "cannot read: " + e.getMessage())));
        }
    }

    private List<Item> fromFeed(String url, byte[] body, boolean local) {
        List<Item> out = new ArrayList<>();
        for (Web.Entry e : Web.entries(url, body)) {
            if (store.seen(e.url(), null)) {
                continue;
            }
            if (local && e.summary() != null && e.summary().length() >= FEED_STORY_CHARS) {
                out.add(Item.ok(e.url(), new Article(e.url(), story(e), e.published(), e.feedTitle(), e.url(), "en")));
            } else {
                out.add(entry(e));
            }
        }
        return out;
    }

    private static String story(Web.Entry e) {
        return (e.title() == null ? "" : e.title() + "\n\n") + e.summary();
    }

    /** An ACLED CSV: its rows as events of one article, stored at once (they need no extraction). */
    private void importCsv(Path f) {
        AcledCsvReader.Imported in;
        try {
            in = AcledCsvReader.read(f, problem -> {
                errors++;
                err.println("sitrep " + command + ": " + problem);
            });
        } catch (IllegalArgumentException | UncheckedIOException e) {
            errors++;
            err.println("sitrep " + command + ": " + e.getMessage());
            return;
        }
        count(store.storeAll(List.of(new JdbcEventStore.Batch(in.article(), in.events()))));
    }

    private Item entry(Web.Entry e) {
        try {
            Article a = Web.page(e.url(), web.fetchLink(e.url()), e.feedTitle());
            if (a.published() == null && e.published() != null) {
                a = a.withPublished(e.published());
            }
            return Item.ok(e.url(), a);
        } catch (InputProblem p) {
            if (e.summary() != null && e.summary().length() >= FEED_STORY_CHARS) { // the feed carries the story itself
                // the page's problem is still news to the user: the stored text is the feed's, not the page's
                err.println("sitrep " + command + ": " + p.getMessage() + "; using the feed's summary instead");
                return Item.ok(e.url(), new Article(e.url(), story(e), e.published(), e.feedTitle(), e.url(), "en"));
            }
            return Item.bad(p);
        }
    }

    private int stored, dup, events, fused, updated, errors;

    /** Runs {@code source}, which pushes items, storing them a chunk at a time; the counts of this run. */
    private Summary tally(LocalDate defaultPublished, Consumer<Consumer<Item>> source) {
        long t0 = System.nanoTime();
        stored = dup = events = fused = updated = errors = 0;
        ProgressBar bar = System.console() != null ? new ProgressBarBuilder().setTaskName(command).setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                .build() : null;
        try {
            Batcher<Item> chunks = new Batcher<>(CHUNK, chunk -> {
                store(chunk, defaultPublished);
                if (bar != null) {
                    bar.stepBy(chunk.size());
                }
            });
            source.accept(chunks);
            chunks.flush();
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        return new Summary(stored, dup, events, fused, updated, errors, (System.nanoTime() - t0) / 1e9);
    }

    private void store(List<Item> chunk, LocalDate defaultPublished) {
        List<Extraction> results = pool.submit(() -> IntStream.range(0, chunk.size()).parallel()
                .mapToObj(i -> extract(chunk.get(i), defaultPublished)).toList()).join();
        List<JdbcEventStore.Batch> batch = new ArrayList<>();
        for (Extraction r : results) {
            if (r.isFailed()) {
                errors++;
                err.println("sitrep " + command + ": " + r.problem());
            } else {
                batch.add(new JdbcEventStore.Batch(r.article(), r.events()));
            }
        }
        count(store.storeAll(batch));
    }

    private void count(List<EventStore.Outcome> outcomes) {
        for (EventStore.Outcome o : outcomes) {
            if (o.duplicate()) {
                dup++;
            } else {
                stored++;
                events += o.reports();
                fused += o.fusedInto();
                updated += o.updated();
            }
        }
    }

    private Extraction extract(Item item, LocalDate defaultPublished) {
        if (item.problem() != null) {
            return Extraction.failed(item.problem().getMessage());
        }
        Article a = item.article();
        if (a.published() == null && defaultPublished != null) {
            a = a.withPublished(defaultPublished);
        }
        if (store.seen(a.url(), JdbcEventStore.contentHash(a.text()))) {
            return Extraction.of(a, List.of()); // stored before: skip extraction, count as known
        }
        try {
            return Extraction.of(a, extractor().extract(a, store.today()));
        } catch (RuntimeException e) {
            return Extraction.failed(item.name() + ": extraction failed (" + e + ")");
        }
    }

    private synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = extractorSource.get();
        }
        return extractor;
    }

    void close() {
        pool.shutdown();
    }

    static JdbcEventStore openStore(String db, Path data) {
        String target = db != null ? db : Engine.dataDir(data).resolve("sitrep.db").toString();
        return JdbcEventStore.open(target, java.time.Clock.systemUTC());
    }
}
