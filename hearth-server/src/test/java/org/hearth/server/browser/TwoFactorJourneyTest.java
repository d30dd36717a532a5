package org.hearth.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.hearth.server.HearthServer;
import org.hearth.server.security.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A coordinator sets up a second factor in real headless Chromium, as a person does: the header's link, the key typed
 * from the page into an authenticator app (here java-otp, the server's own code left aside), the app's code given
 * back, the recovery codes shown; then signs out, and in again with their password and a code, a wrong one first.
 * Every page is checked by axe-core (no serious or critical violation) and kept as a screenshot under
 * target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoFactorJourneyTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private String base;
    private WebDriver browser;

    @BeforeAll
    void start() throws IOException {
        Chromium.assumeInstalled();
        server = HearthServer.start("--HEARTH_DATA_DIR=" + temp.resolve("hearth"), "--server.port=0",
                "--HEARTH_EMBEDDED_FSYNC=off");
        Staff.ofEachRole(server);
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        Files.createDirectories(SCREENSHOTS);
        browser = Chromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCoordinatorSetsUpASecondFactorAndSignsInWithACode() {
        signInWithPassword();
        browser.findElement(By.linkText("Two-factor sign-in")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Two-factor sign-in");
        assertThat(browser.findElement(By.cssSelector("svg.hearth-qr-code")).getAttribute("aria-label")).contains("QR code");
        assertAccessible("two-factor-set-up");
        browser.findElement(By.xpath("//summary[normalize-space()='I cannot scan the QR code']")).click();
        byte[] secret = new Base32().decode(browser.findElement(By.id("secret")).getText().replace(" ", ""));
        assertThat(secret).hasSize(20);

        browser.findElement(By.id("code")).sendKeys(code(secret, 0));
        browser.findElement(By.xpath("//button[normalize-space()='Set up']")).click();
        waitFor("Your recovery codes");
        assertAccessible("two-factor-recovery-codes");
        List<WebElement> recoveryCodes = browser.findElements(By.cssSelector("#recovery-codes li"));
        assertThat(recoveryCodes).hasSize(10).allSatisfy(code -> assertThat(code.getText()).matches("[2-9A-Z]{5}-[2-9A-Z]{5}"));
        browser.findElement(By.linkText("Continue to Hearth")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("signed-out"));

        signInWithPassword();
        assertThat(browser.getCurrentUrl()).contains("/sign-in/code");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Enter your sign-in code");
        assertAccessible("sign-in-code");
        browser.findElement(By.id("code")).sendKeys("123 456");
        browser.findElement(By.xpath("//button[normalize-space()='Continue']")).click();
        waitFor("There is a problem");
        assertThat(browser.getTitle()).startsWith("Error:");
        assertAccessible("sign-in-code-error");
        // The code that set the factor up is spent: the app's next one (the step either side of now is taken).
        browser.findElement(By.id("code")).sendKeys(code(secret, 1));
        browser.findElement(By.xpath("//button[normalize-space()='Continue']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> !page.getCurrentUrl().contains("/sign-in"));
        assertThat(browser.findElement(By.className("hearth-header__signed-in")).getText()).contains("A coordinator");
        assertAccessible("signed-in-with-a-code");
    }

    private void signInWithPassword() {
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys("coordinator");
        browser.findElement(By.id("password")).sendKeys(Staff.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> !page.getCurrentUrl().endsWith("/sign-in"));
    }

    private void waitFor(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> page.getPageSource().contains(text));
    }

    /**
     * The code an authenticator app shows for the secret, so many 30-second steps from now; in the last two seconds of
     * a step, from the next step on, so that the server reads it in the step it was made for.
     */
    private static String code(byte[] secret, int stepsFromNow) {
        TimeBasedOneTimePasswordGenerator app = new TimeBasedOneTimePasswordGenerator();
        long step = app.getTimeStep().toMillis();
        long intoStep = System.currentTimeMillis() % step;
        try {
            if (intoStep > step - 2000) {
                Thread.sleep(step - intoStep + 50);
            }
            return app.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"),
                    Instant.now().plus(app.getTimeStep().multipliedBy(stepsFromNow)), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void assertAccessible(String screenshot) {
        try {
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve(screenshot + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(Axe.seriousViolations(browser)).as("axe-core on " + browser.getCurrentUrl()).isEmpty();
    }
}
