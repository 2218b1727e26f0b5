package org.sitrep.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.TestEngine;
import org.sitrep.model.Article;
import org.sitrep.store.JdbcEventStore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page against a server started with --token: it asks for the token once, and "Analyze" works. */
class TokenPageTest {
    @TempDir
    static Path dir;
    static JdbcEventStore store;
    static Server server;
    static CspProxy proxy;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Chrome.installed(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        store = JdbcEventStore.open(dir.resolve("token.db").toString(), Clock.systemUTC());
        String[] a = Fixtures.ARTICLES[0];
        Article art = new Article(a[0], a[2], LocalDate.parse(a[1]), a[3], null, "en");
        store.store(art, TestEngine.extractor().extract(art));
        server = new Server(store, TestEngine.extractor(), "s3cret", null).start("127.0.0.1", 0);
        proxy = new CspProxy(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            proxy.close();
            server.stop();
            store.close();
        }
    }

    private static void analyze(ChromeDriver d, WebDriverWait wait, String text) {
        d.findElement(By.id("analyze-open")).click();
        d.findElement(By.id("analyze-text")).clear();
        d.findElement(By.id("analyze-text")).sendKeys(text);
        ((JavascriptExecutor) d).executeScript("document.getElementById('analyze-date').value = '2019-10-12'");
        d.findElement(By.id("analyze-run")).click();
    }

    @Test
    void analyzeAsksForTheTokenOnceAndSendsIt() throws IOException {
        ChromeDriver d = Chrome.start(dir);
        try {
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
            d.get("http://127.0.0.1:" + proxy.port() + "/");
            wait.until(x -> x.findElement(By.id("status")).getText().matches("\\d+ events?"));
            analyze(d, wait, "Five civilians were killed on Friday in Turkish shelling on the town of Qamishli, Kurdish officials said.");
            wait.until(x -> x.findElement(By.id("token-dialog")).isDisplayed());
            assertEquals("Token", d.findElement(By.cssSelector("#token-dialog label")).getText().strip());
            d.findElement(By.id("token-input")).sendKeys("s3cret");
            d.findElement(By.cssSelector("#token-form button[type=submit]")).click();
            wait.until(x -> !x.findElements(By.cssSelector(".analysis-event")).isEmpty());
            assertTrue(d.findElement(By.cssSelector(".analysis-event")).getText().contains("Shelling"));
            // once: a second report, and the page after a reload, go without asking
            analyze(d, wait, "Two soldiers were killed in clashes near Mosul on Monday.");
            wait.until(x -> x.findElement(By.cssSelector(".analysis-event")).getText().contains("Mosul"));
            assertFalse(d.findElement(By.id("token-dialog")).isDisplayed());
            d.navigate().refresh();
            wait.until(x -> x.findElement(By.id("status")).getText().matches("\\d+ events?"));
            analyze(d, wait, "Three civilians were wounded by shelling in Idlib on Monday.");
            wait.until(x -> !x.findElements(By.cssSelector(".analysis-event")).isEmpty());
            assertFalse(d.findElement(By.id("token-dialog")).isDisplayed());
            assertEquals(List.of(), Chrome.severe(d), "no 401 and no other error in the console");
        } finally {
            Chrome.screenshot(d, "TokenPageTest");
            d.quit();
        }
    }
}
