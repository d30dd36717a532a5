package org.hearth.server.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium, as Debian packages it (chromium and chromium-driver; .ci/run installs both). Where
 * they are missing the browser tests are skipped, saying so, unless HEARTH_BROWSER_TESTS=required (as .ci/run
 * sets it), when their absence fails the build: CI can never pass without them having run.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Skips (or, where required, fails) the test when Chromium, its driver or axe-core is missing. */
    static void assumeInstalled() {
        String missing = !Files.isExecutable(BROWSER) ? BROWSER + " (apt-get install chromium)"
                : !Files.isExecutable(DRIVER) ? DRIVER + " (apt-get install chromium-driver)"
                : !Files.isRegularFile(Axe.script()) ? Axe.script() + " (npm install --prefix .ci/npm axe-core)" : null;
        if (missing != null && "required".equals(System.getenv("HEARTH_BROWSER_TESTS"))) {
            throw new AssertionError("browser tests are required but " + missing + " is missing");
        }
        Assumptions.assumeTrue(missing == null, () -> "browser tests skipped: " + missing + " is missing");
    }

    /** A new headless browser: no sandbox (CI runs as root), no background networking, a laptop's window. */
    static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-gpu", "--window-size=1280,1600", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }
}
