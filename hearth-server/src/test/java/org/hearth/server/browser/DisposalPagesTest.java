package org.hearth.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.HearthServer;
import org.hearth.server.ServerFixture;
import org.hearth.server.demo.DemoProgramme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator previews disposal under the default schedule and runs it, on a programme of its own (disposal
 * deletes families other journeys read): on today's date every case closed more than six years ago is past its period.
 * The run needs the administrator's confirmation, and the pages are accessible.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisposalPagesTest {
    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private Map<String, DemoProgramme.DemoUser> users;
    private WebDriver browser;

    @BeforeAll
    void startTheDemoProgramme() throws Exception {
        Chromium.assumeInstalled();
        server = HearthServer.start("--HEARTH_DATA_DIR=" + temp.resolve("hearth"), "--server.port=0",
                "--HEARTH_EMBEDDED_FSYNC=off", "--HEARTH_REVIEW_DATE=" + SyntheticAuthority.DATA_END);
        users = DemoProgramme.setUp(server, ServerFixture.authority(temp.resolve("data"), 200, 2015)).stream()
                .collect(Collectors.toMap(DemoProgramme.DemoUser::username, Function.identity()));
        Files.createDirectories(Path.of("target", "screenshots"));
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
    void anAdministratorPreviewsDisposalConfirmsAndRunsIt() {
        String base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(users.get("admin").password());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> !page.getCurrentUrl().contains("/sign-in"));

        browser.findElement(By.linkText("Data protection")).click();
        browser.findElement(By.partialLinkText("what disposal would dispose of today")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Disposal");
        assertThat(browser.findElement(By.className("govuk-table")).getText()).contains("hearth.retention.closed", "P6Y");
        String closedCases = browser.findElement(By.xpath("//dt[normalize-space()='Closed cases']/following-sibling::dd"))
                .getText();
        assertThat(closedCases).as("cases closed before December 2020").isNotEqualTo("0 families");
        assertThat(Axe.seriousViolations(browser)).isEmpty();

        browser.findElement(By.xpath("//button[normalize-space()='Dispose of these now']")).click();
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.className("govuk-error-summary"))).getText()).contains("Confirm you have checked");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'disposal'", Long.class)).isZero();

        browser.findElement(By.id("checked")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Dispose of these now']")).click();
        String panel = new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(
                By.className("govuk-panel"))).getText();
        assertThat(panel).startsWith("Disposed of");
        assertThat(browser.findElement(By.xpath("//dt[normalize-space()='Closed cases']/following-sibling::dd")).getText())
                .isEqualTo(closedCases);
        assertThat(Axe.seriousViolations(browser)).isEmpty();
        List<String> disposals = jdbc.queryForList("select username from audit_entry where action = 'disposal'", String.class);
        assertThat(disposals).containsExactly("admin");
    }
}
