package org.sitrep.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.TestEngine;
import org.sitrep.store.JdbcEventStore;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web page in a real browser: Debian's chromium and chromium-driver (.ci/run installs them),
 * driven by Selenium against a real server. Screenshots are kept in target/screenshots.
 */
class BrowserTest {
    static final String DRIVER = "/usr/bin/chromedriver";
    static final String BROWSER = "/usr/bin/chromium";
    @TempDir
    static Path dir;
    static JdbcEventStore store;
    static Server server;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Chrome.installed(),
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        store = JdbcEventStore.open(dir.resolve("web.db").toString(), Clock.systemUTC());
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

    @BeforeEach
    void open() {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BROWSER);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + dir.resolve("chrome-" + System.nanoTime()));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(), o);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get("http://127.0.0.1:" + server.port() + "/");
        wait.until(d -> d.findElement(By.id("status")).getText().matches("[\\d,]+ events?"));
    }

    @AfterEach
    void close(TestInfo info) throws IOException {
        if (driver != null) {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", info.getTestMethod().orElseThrow().getName() + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            driver.quit();
        }
    }

    /** The count the status line gives once the page has loaded (it reads "Loading…" meanwhile). */
    private int shownEvents() {
        wait.until(d -> d.findElement(By.id("status")).getText().matches("[\\d,]+ events?"));
        return Integer.parseInt(driver.findElement(By.id("status")).getText().replaceAll("\\D+", ""));
    }

    private int markers() {
        return driver.findElements(By.cssSelector(".event-marker")).size()
                + driver.findElements(By.cssSelector(".event-cluster")).size();
    }

    @Test
    void thePageLoadsWithMarkers() {
        assertTrue(shownEvents() >= 5, driver.findElement(By.id("status")).getText());
        assertTrue(markers() >= 1, "markers on the map");
        assertTrue(driver.findElements(By.cssSelector("#timeline rect.bar")).size() >= 3, "the timeline has bars");
    }

    @Test
    void aTypeFilterChangesTheMarkers() {
        int all = shownEvents();
        new Select(driver.findElement(By.id("f-type"))).selectByVisibleText("Protests");
        wait.until(d -> shownEvents() < all);
        assertEquals(1, shownEvents());
        assertEquals(1, driver.findElements(By.cssSelector(".event-marker")).size());
    }

    @Test
    void anEventOpensWithItsEvidenceHighlighted() {
        new Select(driver.findElement(By.id("f-type"))).selectByVisibleText("Protests");
        wait.until(d -> shownEvents() == 1);
        driver.findElement(By.cssSelector(".event-marker")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#panel mark.evidence")).isEmpty());
        WebElement mark = driver.findElement(By.cssSelector("#panel mark.evidence"));
        assertTrue(mark.getText().contains("protested peacefully"), mark.getText());
        assertTrue(driver.findElement(By.id("panel-body")).getText().contains("Figures per source"));
    }

    @Test
    void aPastedReportShowsItsEvents() {
        driver.findElement(By.id("analyze-open")).click();
        driver.findElement(By.id("analyze-text")).sendKeys("Five civilians were killed on Friday in Turkish shelling on "
                + "the town of Qamishli, Kurdish officials said.");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('analyze-date').value = '2019-10-12'");
        driver.findElement(By.id("analyze-run")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".analysis-event")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector(".analysis-event")).getText().contains("Shelling"));
        assertTrue(!driver.findElements(By.cssSelector(".analysis-marker")).isEmpty(), "the event is on the map");
        assertTrue(!driver.findElements(By.cssSelector("#analyze mark.evidence")).isEmpty());
    }

    @Test
    void aReportWithScriptRendersAsText() {
        driver.findElement(By.id("f-text")).sendKeys("Benghazi");
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        wait.until(d -> shownEvents() == 1);
        driver.findElement(By.cssSelector(".event-marker")).click();
        wait.until(d -> d.findElement(By.id("panel-body")).getText().contains("<script>"));
        String panel = driver.findElement(By.id("panel-body")).getText();
        assertTrue(panel.contains("<script>window.__xss = 1</script>") && panel.contains("onerror"), panel);
        assertNull(((JavascriptExecutor) driver).executeScript("return window.__xss"), "no script from a report ran");
        assertTrue(driver.findElements(By.cssSelector("#panel script, #panel img")).isEmpty(), "no markup from a report");
    }
}
