package org.sitrep.serve;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Casualties;
import org.sitrep.model.Certainty;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.Status;
import org.sitrep.model.SubEventType;
import org.sitrep.store.JdbcEventStore;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A benchmark, not a test: the page's first render with 10,000 events in view, in Debian's chromium on
 * loopback. Skipped unless asked for: {@code mvn test -Dtest=PageRenderBench -Dsitrep.bench=page}.
 * It prints its figures and asserts nothing about time.
 */
class PageRenderBench {
    @TempDir
    Path dir;

    @Test
    void firstRender() {
        Assumptions.assumeTrue("page".equals(System.getProperty("sitrep.bench")), "run with -Dsitrep.bench=page");
        try (JdbcEventStore store = JdbcEventStore.open(dir.resolve("page.db").toString(), Clock.systemUTC())) {
            Random rnd = new Random(5);
            List<JdbcEventStore.Batch> batch = new ArrayList<>();
            for (int a = 0; a < 1000; a++) {
                List<Event> evs = new ArrayList<>();
                for (int k = 0; k < 10; k++) {
                    double lat = 32.5 + rnd.nextDouble() * 5, lon = 36 + rnd.nextDouble() * 6;
                    Place p = new Place("P" + rnd.nextInt(999), Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4,
                            "SY", "Syria", "SYR", "A", "", null, "PPL", 1);
                    String t = "Synthetic " + a + "-" + k;
                    evs.add(new Event("a" + a, "a" + a + "-" + k, LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(365)), 1,
                            Status.OCCURRED, SubEventType.values()[rnd.nextInt(25)], new Actor("X", 1, "SY"), null, List.of(),
                            List.of(), p, "", new Casualties(rnd.nextInt(4), null, null), List.of(new Source("S", Source.Kind.PUBLISHER)),
                            Certainty.REPORTED, "190", .5, t, List.of(new Span(0, t.length(), t))));
                }
                batch.add(new JdbcEventStore.Batch(new Article("a" + a, "Synthetic article " + a, LocalDate.of(2021, 1, 1),
                        "S", null, "en"), evs));
            }
            store.storeAll(batch);
            Server server = new Server(store, null, null, null).start("127.0.0.1", 0);
            ChromeOptions o = new ChromeOptions();
            o.setBinary(BrowserTest.BROWSER);
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1280,900", "--user-data-dir=" + dir.resolve("chrome"));
            ChromeDriver d = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(BrowserTest.DRIVER)).build(), o);
            try {
                for (int round = 0; round < 4; round++) {
                    d.get("http://127.0.0.1:" + server.port() + "/");
                    Object ms = new WebDriverWait(d, Duration.ofSeconds(60)).until(x ->
                            ((JavascriptExecutor) x).executeScript("return window.sitrepFirstRender"));
                    Object shown = ((JavascriptExecutor) d).executeScript("return document.getElementById('status').textContent");
                    System.out.printf("page first render %s: %.0f ms from navigation start (%s)%n",
                            round == 0 ? "(cold)" : "round " + round, ((Number) ms).doubleValue(), shown);
                }
            } finally {
                d.quit();
                server.stop();
            }
        }
    }
}
