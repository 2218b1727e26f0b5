package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.TestEngine;
import org.sitrep.export.AcledCsvReader;
import org.sitrep.model.Article;
import org.sitrep.store.JdbcEventStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysts' page in a real browser against a real server, behind a strict Content-Security-Policy
 * ({@link CspProxy}): the events table, permalinks, the view in the URL, the export links, the first
 * view, the timeline, place labels, the event's reports, statistics, the keyboard, and a clean console.
 */
class PageTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern NULL_LIKE = Pattern.compile("\\b(null|undefined|NaN|Invalid Date)\\b");
    @TempDir
    static Path dir;
    static JdbcEventStore store;
    static Server server;
    static CspProxy proxy;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Chrome.installed(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        store = JdbcEventStore.open(dir.resolve("page.db").toString(), Clock.systemUTC());
        for (String[] a : Fixtures.ARTICLES) {
            Article art = new Article(a[0], a[2], LocalDate.parse(a[1]), a[3], "https://example.org/news/" + a[0], "en");
            store.store(art, TestEngine.extractor().extract(art));
        }
        // a second report of the Saraqib shelling, from a party, whose "url" is no web address
        Article state = new Article("saraqib-state", "Terrorists fired shells at Saraqib on Monday, killing two civilians "
                + "and injuring four, the state news agency SANA reported.", LocalDate.parse("2020-02-04"), "SANA",
                "javascript:window.__clicked = 1", "en");
        store.store(state, TestEngine.extractor().extract(state));
        server = new Server(store, TestEngine.extractor(), null, null).start("127.0.0.1", 0);
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

    @BeforeEach
    void open() {
        driver = Chrome.start(dir);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void close(TestInfo info) throws IOException {
        if (driver != null) {
            Chrome.screenshot(driver, "PageTest-" + info.getTestMethod().orElseThrow().getName());
            driver.quit();
        }
    }

    static String base() {
        return "http://127.0.0.1:" + proxy.port();
    }

    /** Loads a page of the site and waits for its events. */
    void load(String path) {
        driver.get(base() + path);
        wait.until(d -> d.findElement(By.id("status")).getText().matches("[\\d,]+ events?"));
    }

    static JsonNode get(String path) throws IOException, InterruptedException {
        return JSON.readTree(text(path));
    }

    static String text(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#events-table tbody tr"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void noNullLikeTextAndACleanConsole() {
        String body = driver.findElement(By.tagName("body")).getText();
        var m = NULL_LIKE.matcher(body);
        assertFalse(m.find(), () -> "the page reads '" + m.group() + "': " + body);
        assertEquals(List.of(), Chrome.severe(driver), "console errors");
    }

    @Test
    void theTableListsEveryEventAndTheFirstViewShowsThemAll() throws Exception {
        load("/");
        JsonNode all = get("/api/table");
        assertEquals(all.get("total").asInt(), rows().size(), "a row per event of the view");
        assertEquals(all.get("rows").size(), rows().size());
        assertTrue(rows().size() >= 5);
        @SuppressWarnings("unchecked")
        List<Number> b = (List<Number>) js("const b = window.sitrep.map.getBounds();"
                + " return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()];");
        for (JsonNode r : all.get("rows")) {
            if (!r.get(4).isNull()) {
                double lat = r.get(4).asDouble(), lon = r.get(5).asDouble();
                assertTrue(lat >= b.get(0).doubleValue() && lat <= b.get(2).doubleValue() && lon >= b.get(1).doubleValue()
                        && lon <= b.get(3).doubleValue(), "event " + r.get(0) + " at " + lat + "," + lon + " is in the first view " + b);
            }
        }
        assertTrue(driver.findElement(By.id("list-summary")).getText().startsWith(rows().size() + " events"));
        noNullLikeTextAndACleanConsole();
    }

    @Test
    void aPermalinkOpensItsEventAndTheDetailShowsEachReport() throws Exception {
        String id = get("/api/events?text=Saraqib&type=Explosions%2FRemote%20violence").get("events").get(0).get("event_id").asText();
        load("/?event=" + id);
        wait.until(d -> d.findElement(By.id("panel")).isDisplayed());
        assertTrue(driver.findElement(By.id("panel-title")).getText().startsWith("Shelling"));
        assertEquals(id, driver.findElement(By.cssSelector("#events-table tr.selected")).getAttribute("data-id"));
        List<WebElement> reports = driver.findElements(By.cssSelector("#panel .report"));
        assertEquals(2, reports.size(), "both outlets' reports");
        String outlets = reports.stream().map(r -> r.findElement(By.tagName("h4")).getText()).sorted().toList().toString();
        assertEquals("[Enab Baladi, SANA]", outlets);
        List<WebElement> links = driver.findElements(By.cssSelector("#panel a.article-link"));
        assertEquals(1, links.size(), "a link for the article with a web address, none for the other");
        assertEquals("https://example.org/news/saraqib", links.get(0).getAttribute("href"));
        for (WebElement r : reports) {
            assertTrue(r.findElement(By.className("report-figures")).getText().matches("\\d+ killed, .* wounded, .* captured · \\w+.*"),
                    r.getText());
            assertFalse(r.findElements(By.cssSelector(".evidence-list li")).isEmpty(), "its evidence sentences");
        }
        noNullLikeTextAndACleanConsole();
        driver.findElement(By.id("panel-close")).click();
        wait.until(d -> !d.getCurrentUrl().contains("event="));
    }

    @Test
    void theUrlHoldsTheFiltersAndTheBackButtonReturns() throws Exception {
        load("/?from=2018-01-01&to=2019-12-31");
        int expected = get("/api/table?from=2018-01-01&to=2019-12-31").get("total").asInt();
        assertEquals(expected, rows().size());
        assertTrue(expected >= 2 && expected < get("/api/table").get("total").asInt());
        assertEquals("2018-01-01", driver.findElement(By.id("f-from")).getAttribute("value"));
        new Select(driver.findElement(By.id("f-type"))).selectByVisibleText("Protests");
        wait.until(d -> d.getCurrentUrl().contains("type=Protests"));
        wait.until(d -> rows().size() == 1);
        assertTrue(driver.getCurrentUrl().contains("from=2018-01-01"));
        driver.findElement(By.id("f-text")).sendKeys("Basra", Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("q=Basra"));
        driver.navigate().back();
        wait.until(d -> !d.getCurrentUrl().contains("q=Basra") && d.getCurrentUrl().contains("type=Protests"));
        driver.navigate().back();
        wait.until(d -> !d.getCurrentUrl().contains("type="));
        wait.until(d -> rows().size() == expected);
        assertEquals("", new Select(driver.findElement(By.id("f-type"))).getFirstSelectedOption().getAttribute("value"));
        noNullLikeTextAndACleanConsole();
    }

    @Test
    void theExportLinksHoldTheEventsOfTheTable() throws Exception {
        for (String path : new String[] {"/", "/?type=Battles", "/?from=2019-01-01"}) {
            load(path);
            int shown = rows().size();
            String csv = text(driver.findElement(By.id("export-csv")).getAttribute("href"));
            BufferedReader r = new BufferedReader(new StringReader(csv));
            assertTrue(AcledCsvReader.record(r).contains("event_id_cnty"));
            int records = 0;
            while (AcledCsvReader.record(r) != null) {
                records++;
            }
            assertEquals(shown, records, path + ": ACLED CSV");
            assertEquals(shown, get(driver.findElement(By.id("export-geojson")).getAttribute("href")).get("features").size(),
                    path + ": GeoJSON");
            assertEquals(shown, text(driver.findElement(By.id("export-jsonl")).getAttribute("href")).lines().count(), path + ": JSONL");
        }
    }

    @Test
    void movingTheMapFiltersTheTableAndARowCentresTheMap() throws Exception {
        load("/");
        int all = rows().size();
        js("window.sitrep.map.setView([36.2, 37.5], 6, {animate: false})"); // northern Syria, as a reader pans there
        wait.until(d -> d.getCurrentUrl().contains("bbox="));
        wait.until(d -> rows().size() < all);
        String bbox = java.net.URLDecoder.decode(driver.getCurrentUrl().replaceAll(".*bbox=([^&]+).*", "$1"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(get("/api/table?bbox=" + bbox).get("total").asInt(), rows().size());
        assertTrue(driver.findElement(By.id("export-jsonl")).getAttribute("href").contains("bbox="));
        driver.findElement(By.id("f-follow")).click();
        wait.until(d -> rows().size() == all && !d.getCurrentUrl().contains("bbox="));
        WebElement first = rows().get(rows().size() - 1);
        first.click();
        wait.until(d -> d.findElement(By.id("panel")).isDisplayed());
        String id = first.getAttribute("data-id");
        JsonNode e = get("/api/events/" + id);
        @SuppressWarnings("unchecked")
        List<Number> c = (List<Number>) js("const c = window.sitrep.map.getCenter(); return [c.lat, c.lng];");
        assertEquals(e.get("latitude").asDouble(), c.get(0).doubleValue(), 0.05, "the map is centred on the event");
        assertEquals(e.get("longitude").asDouble(), c.get(1).doubleValue(), 0.05);
        assertTrue(driver.getCurrentUrl().contains("event=" + id));
        noNullLikeTextAndACleanConsole();
    }

    @Test
    void theTimelineHasDateLabelsAndBrushesTheDates() {
        load("/");
        List<WebElement> labels = driver.findElements(By.cssSelector("#timeline text.tick-label"));
        assertTrue(labels.size() >= 2, "date labels under the timeline");
        for (WebElement l : labels) {
            assertTrue(l.getText().matches("\\d{4}-\\d{2}-\\d{2}"), l.getText());
        }
        int all = rows().size();
        WebElement svg = driver.findElement(By.id("timeline"));
        int w = svg.getSize().getWidth();
        new Actions(driver).moveToElement(svg, w / 2 - 40, 0).clickAndHold().moveByOffset(35, 0).release().perform();
        wait.until(d -> d.getCurrentUrl().contains("from=") && d.getCurrentUrl().contains("to="));
        wait.until(d -> rows().size() < all);
        assertFalse(driver.findElement(By.id("f-from")).getAttribute("value").isEmpty(), "the date inputs follow the brush");
        assertFalse(driver.findElements(By.cssSelector("#timeline rect.sel")).isEmpty());
        noNullLikeTextAndACleanConsole();
    }

    @Test
    void theBaseMapNamesPlacesFromTheBundledLabels() {
        load("/");
        wait.until(d -> !d.findElements(By.cssSelector(".place-label")).isEmpty());
        String names = driver.findElements(By.cssSelector(".place-label")).stream().map(WebElement::getText).toList().toString();
        assertTrue(names.contains("Damascus") || names.contains("Baghdad") || names.contains("Ankara"), names);
    }

    @Test
    void statisticsOfTheView() {
        load("/");
        driver.findElement(By.id("stats-open")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#chart-events rect.seg")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("#chart-fatalities rect.seg")).isEmpty());
        wait.until(d -> !d.findElements(By.cssSelector("#top-actors tbody tr")).isEmpty());
        assertTrue(driver.findElement(By.id("top-locations")).getText().contains("Saraqib"),
                driver.findElement(By.id("top-locations")).getText());
        assertTrue(driver.findElement(By.id("top-actors")).getText().matches("(?s).*\\n.*\\d+.*"));
        noNullLikeTextAndACleanConsole();
    }

    @Test
    void theTableSortsAndWorksFromTheKeyboard() {
        load("/");
        driver.findElement(By.cssSelector("th[data-key=fatalities] button")).click();
        wait.until(d -> "descending".equals(d.findElement(By.cssSelector("th[data-key=fatalities]")).getAttribute("aria-sort")));
        List<Integer> killed = rows().stream().map(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(4).getText())).toList();
        List<Integer> sorted = killed.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        assertEquals(sorted, killed);
        WebElement first = rows().get(0);
        first.sendKeys(Keys.ARROW_DOWN);
        assertEquals(rows().get(1).getAttribute("data-id"), js("return document.activeElement.dataset.id"));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("panel")).isDisplayed());
        assertEquals("panel-title", js("return document.activeElement.id"), "the panel takes the focus");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> !d.findElement(By.id("panel")).isDisplayed());
        assertEquals(rows().get(1).getAttribute("data-id"), js("return document.activeElement.dataset.id"), "focus returns to the row");
        Object unlabelled = js("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => !e.labels.length && !e.getAttribute('aria-label')).map(e => e.id)");
        assertEquals(List.of(), unlabelled, "every control has a label");
        noNullLikeTextAndACleanConsole();
    }

    @Test
    void aReportLinkIsOnlyEverAWebAddress() throws Exception {
        String id = get("/api/events?text=SANA").get("events").get(0).get("event_id").asText();
        load("/?event=" + id);
        wait.until(d -> d.findElement(By.id("panel")).isDisplayed());
        for (WebElement a : driver.findElements(By.cssSelector("#panel a"))) {
            assertTrue(a.getAttribute("href").startsWith("https://"), a.getAttribute("href"));
        }
        assertNotEquals(1L, js("return window.__clicked || 0"));
    }
}
