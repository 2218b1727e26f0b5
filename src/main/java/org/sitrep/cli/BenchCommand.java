package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.extract.Extractor;
import org.sitrep.geo.MemoryGazetteer;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.Item;
import org.sitrep.model.Article;
import org.sitrep.nlp.CoreNlpBaseline;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sitrep bench}: rerunnable measurements, printed as one line each. Wall-clock figures belong
 * here and in the closing notes, never in tests. scripts/bench.sh runs the whole-process comparison
 * against CoreNLP's standard pipeline.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure gazetteer load, geoparse and extraction throughput; prepare a benchmark corpus.")
public final class BenchCommand implements Callable<Integer> {
    enum What { corpus, gazetteer, geoparse, extract, baseline, store, api }

    @CommandLine.Parameters(index = "0", paramLabel = "WHAT",
            description = "corpus (write JSONL from GeoWebNews), gazetteer, geoparse, extract, baseline (CoreNLP)")
    What what;

    @Option(names = "--input", paramLabel = "JSONL", description = "articles to run over")
    Path input;

    @Option(names = "--gwn", paramLabel = "XML", description = "GeoWebNews XML, for 'corpus'")
    Path gwn = Path.of("../shared/data/geowebnews/GWN.xml");

    @Option(names = "--count", description = "articles in the corpus (default 100; past GeoWebNews' 200 its articles come round again under new ids)")
    int count = 100;

    @Option(names = "--out", paramLabel = "JSONL", description = "where 'corpus' writes")
    Path out = Path.of("target/bench/articles.jsonl");

    @Option(names = "--rounds", description = "timed rounds after one warm-up (default 3)")
    int rounds = 3;

    @Option(names = "--threads", description = "threads for extract and baseline (default all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--data", paramLabel = "DIR")
    Path data;

    @Option(names = "--events", description = "events to store, for 'store' (default 1,000,000; 0 keeps the store and only queries)")
    int events = 1_000_000;

    @Option(names = "--db", paramLabel = "URL|FILE", description = "store for 'store' (default target/bench/store.db, emptied first)")
    String db;

    /** In what order synthetic events reach the store. */
    enum Order { date, random }

    @Option(names = "--order", description = "for 'store': 'date' (default) delivers articles in publication order over"
            + " five years, each event dated up to two days before its article, as archives and feeds arrive; 'random'"
            + " dates every event at random over the five years, the worst case for every date-ordered index")
    Order order = Order.date;

    @Option(names = "--queries", description = "map queries timed, for 'store' (default 200)")
    int queries = 200;

    @Override
    public Integer call() {
        switch (what) {
            case corpus -> corpus();
            case gazetteer -> gazetteer();
            case geoparse -> geoparse();
            case extract -> extract();
            case baseline -> baseline();
            case store -> store();
            case api -> api();
        }
        return 0;
    }

    private void corpus() {
        try {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(gwn.toFile());
            NodeList arts = doc.getElementsByTagName("article");
            Files.createDirectories(out.toAbsolutePath().getParent());
            ObjectMapper json = new ObjectMapper();
            long words = 0;
            int n = 0;
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                // GeoWebNews has 200 articles: a larger corpus goes round again, each copy under its own id
                for (int i = 0; arts.getLength() > 0 && n < count; i++) {
                    Element a = (Element) arts.item(i % arts.getLength());
                    int round = i / arts.getLength();
                    String text = a.getElementsByTagName("text").item(0).getTextContent();
                    words += text.split("\\s+").length;
                    var o = json.createObjectNode().put("id", "gwn-" + a.getAttribute("file") + (round == 0 ? "" : "-" + round))
                            .put("text", text).put("published", "2018-06-01");
                    w.write(json.writeValueAsString(o));
                    w.write('\n');
                    n++;
                }
            }
            System.out.printf(Locale.ROOT, "corpus: %d articles, %.0f words on average -> %s%n", n, (double) words / n, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the corpus from " + gwn + ": " + e.getMessage(), e);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalArgumentException(gwn + " is not GeoWebNews XML: " + e.getMessage(), e);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private void gazetteer() {
        Path dir = Engine.dataDir(data).resolve("gazetteer");
        for (int r = 0; r <= rounds; r++) {
            long before = usedHeap();
            long t0 = System.nanoTime();
            MemoryGazetteer g = MemoryGazetteer.load(dir);
            double secs = (System.nanoTime() - t0) / 1e9;
            long after = usedHeap();
            System.out.printf(Locale.ROOT, "gazetteer %s: %d places, %d name keys loaded in %.2f s, +%d MB heap (%d MB packed)%n",
                    r == 0 ? "(cold)" : "round " + r, g.size(), g.keyCount(), secs, (after - before) >> 20, g.packedBytes() >> 20);
        }
    }

    private List<Article> articles() {
        if (input == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--input JSONL is required (see 'sitrep bench corpus')");
        }
        List<Article> out = new ArrayList<>();
        ArticleReader.jsonl(input, (Item it) -> {
            if (it.article() != null) {
                Article a = it.article();
                out.add(a.published() == null ? a.withPublished(LocalDate.of(2018, 6, 1)) : a);
            } else {
                System.err.println("sitrep bench: " + it.problem().getMessage());
            }
        });
        return out;
    }

    private void geoparse() {
        List<Article> as = articles();
        Extractor ex = Engine.extractor(Engine.dataDir(data));
        for (int r = 0; r <= rounds; r++) {
            long t0 = System.nanoTime();
            long mentions = 0;
            for (Article a : as) {
                mentions += ex.geoparse(a.text()).size();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "geoparse %s: %d articles, %d mentions, %.1f articles/s on one core%n",
                    r == 0 ? "(warm-up)" : "round " + r, as.size(), mentions, as.size() / secs);
        }
    }

    private void extract() {
        List<Article> as = articles();
        // as `extract` runs it: threads side by side, each embedding on its share of the cores
        Extractor ex = Engine.extractor(Engine.dataDir(data), LineOptions.sharing(org.sitrep.extract.TypeMode.BOTH,
                threads, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            for (int r = 0; r <= rounds; r++) {
                long t0 = System.nanoTime();
                long events = pool.submit(() -> as.parallelStream().mapToLong(a -> ex.extract(a).size()).sum()).join();
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "extract %s: %d articles, %d events, %.1f articles/s on %d threads%n",
                        r == 0 ? "(warm-up)" : "round " + r, as.size(), events, as.size() / secs, threads);
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Bulk insert of synthetic events (articles of ten events each, fusion on), then map queries (time
     * range + bounding box + type, the map's own query) timed one by one: p50 and p95.
     */
    private void store() {
        String target = db != null ? db : "target/bench/store.db";
        if (db == null && events > 0) { // --events 0 times the queries on the store as it is
            try {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(target + suffix));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot empty " + target + ": " + e.getMessage(), e);
            }
        }
        java.util.Random rnd = new java.util.Random(42);
        org.sitrep.model.SubEventType[] types = org.sitrep.model.SubEventType.values();
        try (org.sitrep.store.JdbcEventStore s = org.sitrep.store.JdbcEventStore.open(target, java.time.Clock.systemUTC())) {
            long t0 = System.nanoTime();
            int stored = 0;
            int perArticle = 10;
            List<org.sitrep.store.JdbcEventStore.Batch> batch = new ArrayList<>();
            for (int a = 0; stored < events; a++) {
                List<org.sitrep.model.Event> evs = new ArrayList<>();
                String aid = "bench-" + a;
                LocalDate published = BENCH_START.plusDays((long) a * perArticle * BENCH_DAYS / Math.max(1, events));
                for (int k = 0; k < perArticle && stored < events; k++, stored++) {
                    LocalDate date = order == Order.random ? BENCH_START.plusDays(rnd.nextInt(BENCH_DAYS))
                            : published.minusDays(rnd.nextInt(3));
                    evs.add(syntheticEvent(rnd, aid, k, types, date));
                }
                batch.add(new org.sitrep.store.JdbcEventStore.Batch(new Article(aid, "Synthetic benchmark article " + a
                        + " " + rnd.nextLong(), published, "Bench", null, "en"), evs));
                if (batch.size() == BENCH_BATCH) {
                    s.storeAll(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                s.storeAll(batch);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            long[] c = s.counts();
            if (events > 0) {
                System.out.printf(Locale.ROOT, "store: %d events (%d incidents after fusion, %s order, %d articles a"
                        + " transaction) in %.1f s: %.0f events/s into %s%n", c[1], c[2], order, BENCH_BATCH, secs,
                        c[1] / secs, target);
            }
            double[] ms = new double[queries];
            int rows = 0;
            for (int i = 0; i < queries; i++) {
                LocalDate from = BENCH_START.plusDays(rnd.nextInt(BENCH_DAYS - 100));
                double lon = 35.5 + rnd.nextDouble() * 8, lat = 32.5 + rnd.nextDouble() * 5;
                var q = new org.sitrep.store.EventQuery(from, from.plusDays(30), new double[] {lon, lat, lon + 2, lat + 2},
                        null, null, types[rnd.nextInt(types.length)].type(), null, null, null, null, 10_000, 0);
                long q0 = System.nanoTime();
                rows += s.mapPoints(q).size();
                ms[i] = (System.nanoTime() - q0) / 1e6;
            }
            java.util.Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "map query (30 days + 2x2 degree box + type, up to 10,000 points): p50 %.1f ms, "
                    + "p95 %.1f ms, max %.1f ms over %d queries, %.0f points on average%n", ms[queries / 2],
                    ms[(int) Math.ceil(queries * 0.95) - 1], ms[queries - 1], queries, (double) rows / queries);
        }
    }

    /**
     * The map query through the API: a real server on loopback over the store 'store' filled, the
     * same random filters, timed from request to parsed response.
     */
    private void api() {
        String target = db != null ? db : "target/bench/store.db";
        java.util.Random rnd = new java.util.Random(43);
        org.sitrep.model.SubEventType[] types = org.sitrep.model.SubEventType.values();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        try (org.sitrep.store.JdbcEventStore s = org.sitrep.store.JdbcEventStore.open(target, java.time.Clock.systemUTC())) {
            org.sitrep.serve.Server server = new org.sitrep.serve.Server(s, null, null, null).start("127.0.0.1", 0);
            try {
                double[] ms = new double[queries];
                long points = 0;
                for (int i = -20; i < queries; i++) { // 20 warm-up requests
                    LocalDate from = LocalDate.of(2018, 1, 1).plusDays(rnd.nextInt(1700));
                    double lon = 35.5 + rnd.nextDouble() * 8, lat = 32.5 + rnd.nextDouble() * 5;
                    String url = String.format(Locale.ROOT, "http://127.0.0.1:%d/api/map?from=%s&to=%s&bbox=%.3f,%.3f,%.3f,%.3f&type=%s",
                            server.port(), from, from.plusDays(30), lon, lat, lon + 2, lat + 2,
                            java.net.URLEncoder.encode(types[rnd.nextInt(types.length)].type().label(), StandardCharsets.UTF_8));
                    long q0 = System.nanoTime();
                    var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    int n = new ObjectMapper().readTree(r.body()).get("points").size();
                    if (i >= 0) {
                        ms[i] = (System.nanoTime() - q0) / 1e6;
                        points += n;
                    }
                }
                java.util.Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "api map query over %d events (30 days + 2x2 degree box + type): p50 %.1f ms, "
                        + "p95 %.1f ms over %d requests, %.0f points on average%n", s.counts()[2], ms[queries / 2],
                        ms[(int) Math.ceil(queries * 0.95) - 1], queries, (double) points / queries);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                server.stop();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("api bench: " + e.getMessage(), e);
        }
    }

    /** Articles per transaction in the store benchmark: a bulk load's commit size. */
    static final int BENCH_BATCH = Integer.getInteger("sitrep.bench.batch", 500);

    /** The synthetic events' five years. */
    private static final LocalDate BENCH_START = LocalDate.of(2018, 1, 1);
    private static final int BENCH_DAYS = 1800;

    private static org.sitrep.model.Event syntheticEvent(java.util.Random rnd, String aid, int k,
                                                         org.sitrep.model.SubEventType[] types, LocalDate date) {
        double lat = 32.5 + rnd.nextDouble() * 7, lon = 35.5 + rnd.nextDouble() * 10;
        var place = new org.sitrep.model.Place("Place " + rnd.nextInt(5000), Math.round(lat * 1e5) / 1e5,
                Math.round(lon * 1e5) / 1e5, "SY", "Syria", "SYR", "Admin " + rnd.nextInt(14), "", null, "PPL", 1);
        var type = types[rnd.nextInt(types.length)];
        // varied named actors, so that random neighbours rarely pass for one incident (fusion stays rare)
        var a1 = new org.sitrep.model.Actor("Armed Group " + rnd.nextInt(200), 2, "SY");
        var a2 = new org.sitrep.model.Actor("Armed Group " + rnd.nextInt(200), 3, "SY");
        String text = "Synthetic event " + k + " of " + aid + ".";
        return new org.sitrep.model.Event(aid, aid + "-" + k, date, 1,
                org.sitrep.model.Status.OCCURRED, type, a1, a2, List.of(), List.of(), place, place.location(),
                new org.sitrep.model.Casualties(rnd.nextInt(5), null, null),
                List.of(new org.sitrep.model.Source("Bench", org.sitrep.model.Source.Kind.PUBLISHER)),
                org.sitrep.model.Certainty.REPORTED, "190", 0.5, "Synthetic " + type.label() + " in " + place.location() + ".",
                List.of(new org.sitrep.model.Span(0, text.length(), text)));
    }

    private void baseline() {
        List<String> texts = articles().stream().map(Article::text).toList();
        if (CoreNlpBaseline.class.getClassLoader().getResource("edu/stanford/nlp/models/pos-tagger") == null) {
            throw new IllegalStateException("the CoreNLP models jar is not on the classpath; run scripts/bench.sh");
        }
        long t0 = System.nanoTime();
        CoreNlpBaseline b = new CoreNlpBaseline(threads);
        double load = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        long tokens = b.annotate(texts);
        double secs = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "baseline tokenize,ssplit,pos,lemma,ner: load %.1f s, %d articles, %d tokens, "
                + "%.1f articles/s (%.0f tokens/s) on %d threads%n", load, texts.size(), tokens, texts.size() / secs,
                tokens / secs, threads);
    }
}
