package org.sitrep.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.TestEngine;
import org.sitrep.store.JdbcEventStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page under its Content-Security-Policy in a real browser: everything it does (the map, the
 * legend, an event's panel, analysing a pasted report, which posts JSON) works, and the browser reports
 * no violation. Skipped, saying why, where Debian's chromium is missing (.ci/run installs it).
 */
class PagePolicyTest {
    @TempDir
    static Path dir;
    static JdbcEventStore store;
    static Server server;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Chrome.installed(),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        store = JdbcEventStore.open(dir.resolve("policy.db").toString(), Clock.systemUTC());
        Fixtures.storeAll(store);
        server = new Server(store, TestEngine.extractor(), null, null).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
            store.close();
        }
    }

    @Test
    void thePageWorksUnderItsPolicyWithoutViolations() {
        ChromeDriver driver = Chrome.start(dir);
        try {
            // before any of the page's own scripts: every violation the browser reports is kept
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__violations = []; document.addEventListener('securitypolicyviolation', e => "
                            + "window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));"));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get("http://127.0.0.1:" + server.port() + "/");
            wait.until(d -> d.findElement(By.id("status")).getText().endsWith("events"));
            assertTrue(!driver.findElements(By.cssSelector("#legend i")).isEmpty(), "the legend");
            new Select(driver.findElement(By.id("f-type"))).selectByVisibleText("Protests");
            wait.until(d -> d.findElements(By.cssSelector(".event-marker")).size() == 1);
            driver.findElement(By.cssSelector(".event-marker")).click();
            wait.until(d -> !d.findElements(By.cssSelector("#panel mark.evidence")).isEmpty());
            driver.findElement(By.id("analyze-open")).click();
            driver.findElement(By.id("analyze-text")).sendKeys("Five civilians were killed on Friday in Turkish shelling on "
                    + "the town of Qamishli, Kurdish officials said.");
            driver.executeScript("document.getElementById('analyze-date').value = '2019-10-12'");
            driver.findElement(By.id("analyze-run")).click();
            wait.until(d -> !d.findElements(By.cssSelector(".analysis-event")).isEmpty());
            Object violations = ((JavascriptExecutor) driver).executeScript("return window.__violations");
            assertEquals(List.of(), violations, "Content-Security-Policy violations");
        } finally {
            driver.quit();
        }
    }
}
