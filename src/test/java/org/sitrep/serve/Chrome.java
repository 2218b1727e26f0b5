package org.sitrep.serve;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;

/** Debian's headless chromium for the page tests, with its console kept for the tests to read. */
final class Chrome {
    private Chrome() {
    }

    static boolean installed() {
        return new File(BrowserTest.DRIVER).canExecute() && new File(BrowserTest.BROWSER).canExecute();
    }

    static ChromeDriver start(Path profileDir) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BrowserTest.BROWSER);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--user-data-dir=" + profileDir.resolve("chrome-" + System.nanoTime()));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(BrowserTest.DRIVER)).build(), o);
    }

    /** The console's errors since the last read (a CSP violation, a failed request, an exception). */
    static List<String> severe(ChromeDriver d) {
        return d.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    static void screenshot(ChromeDriver d, String name) throws IOException {
        File shot = d.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
