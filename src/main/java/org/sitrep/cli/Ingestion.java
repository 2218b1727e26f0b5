package org.sitrep.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.extract.Extractor;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.Fetcher;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Files, folders, feeds and pages into the store: read, extract in parallel, store in order. Articles
 * are committed a chunk at a time, each article with all its events, so an interrupted run loses only
 * the chunk in flight and a rerun completes it without duplicates.
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

    private final Extractor extractor;
    private final JdbcEventStore store;
    private final Fetcher web;
    private final PrintStream err;
    private final String command;
    private final ForkJoinPool pool;

    Ingestion(Extractor extractor, JdbcEventStore store, PrintStream err, String command, int threads, Fetcher.Limits limits) {
        this.extractor = extractor;
        this.store = store;
        this.web = new Fetcher(limits);
        this.err = err;
        this.command = command;
        this.pool = new ForkJoinPool(Math.max(1, threads));
    }

    /** Items from paths (files, folders, JSONL) and URLs (feeds or pages); problems are reported, not thrown. */
    List<Item> collect(List<String> targets) {
        List<Item> items = new ArrayList<>();
        List<Path> notArticles = new ArrayList<>();
        for (String t : targets) {
            if (Web.isUrl(t)) {
                items.addAll(fromUrl(t));
                continue;
            }
            Path p = Path.of(t);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (n.endsWith(".jsonl")) {
                            if (!ArticleReader.holdsArticles(f)) {
                                notArticles.add(f);
                                continue;
                            }
                            ArticleReader.jsonl(f, items::add);
                        } else if (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm")) {
                            items.add(ArticleReader.file(f));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read folder " + p + ": " + e.getMessage(), e);
                }
            } else if (t.endsWith(".jsonl")) {
                ArticleReader.jsonl(p, items::add);
            } else {
                items.add(ArticleReader.file(p));
            }
        }
        if (!notArticles.isEmpty()) {
            err.println("sitrep " + command + ": passed over " + notArticles.size() + " .jsonl file(s) holding no articles"
                    + " (no \"text\" on the first line), e.g. " + notArticles.get(0));
        }
        return items;
    }

    /**
     * A feed's new entries, or a single page; entries already stored are skipped before fetching. The
     * URL is the user's (command line, feeds file); the feed's links are not, and are fetched as such.
     */
    List<Item> fromUrl(String url) {
        List<Item> out = new ArrayList<>();
        try {
            byte[] body = web.fetchNamed(url);
            if (!Web.looksLikeFeed(body)) {
                out.add(Item.ok(url, Web.page(url, body, Web.host(url))));
                return out;
            }
            for (Web.Entry e : Web.entries(url, body)) {
                if (store.seen(e.url(), null)) {
                    continue;
                }
                out.add(entry(e));
            }
        } catch (InputProblem p) {
            out.add(Item.bad(p));
        }
        return out;
    }

    private Item entry(Web.Entry e) {
        try {
            Article a = Web.page(e.url(), web.fetchLink(e.url()), e.feedTitle());
            if (a.published() == null && e.published() != null) {
                a = a.withPublished(e.published());
            }
            return Item.ok(e.url(), a);
        } catch (InputProblem p) {
            if (e.summary() != null && e.summary().length() >= 200) { // the feed carries the story itself
                // the page's problem is still news to the user: the stored text is the feed's, not the page's
                err.println("sitrep " + command + ": " + p.getMessage() + "; using the feed's summary instead");
                String text = (e.title() == null ? "" : e.title() + "\n\n") + e.summary();
                return Item.ok(e.url(), new Article(e.url(), text, e.published(), e.feedTitle(), e.url(), "en"));
            }
            return Item.bad(p);
        }
    }

    Summary run(List<Item> items, java.time.LocalDate defaultPublished) {
        long t0 = System.nanoTime();
        int stored = 0, dup = 0, events = 0, fused = 0, updated = 0, errors = 0;
        ProgressBar bar = System.console() != null && items.size() > 1 ? new ProgressBarBuilder().setTaskName(command)
                .setInitialMax(items.size()).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).build() : null;
        try {
            for (int from = 0; from < items.size(); from += CHUNK) {
                List<Item> chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
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
                for (EventStore.Outcome o : store.storeAll(batch)) {
                    if (o.duplicate()) {
                        dup++;
                    } else {
                        stored++;
                        events += o.reports();
                        fused += o.fusedInto();
                        updated += o.updated();
                    }
                }
                if (bar != null) {
                    bar.stepBy(chunk.size());
                }
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        return new Summary(stored, dup, events, fused, updated, errors, (System.nanoTime() - t0) / 1e9);
    }

    private Extraction extract(Item item, java.time.LocalDate defaultPublished) {
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
            return Extraction.of(a, extractor.extract(a, store.today()));
        } catch (RuntimeException e) {
            return Extraction.failed(item.name() + ": extraction failed (" + e + ")");
        }
    }

    void close() {
        pool.shutdown();
    }

    static JdbcEventStore openStore(String db, Path data) {
        String target = db != null ? db : Engine.dataDir(data).resolve("sitrep.db").toString();
        return JdbcEventStore.open(target, java.time.Clock.systemUTC());
    }
}
