package nl.opstap.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.testsupport.Browser;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An account manager proposes a candidate with the htmx client search in a real browser; the workshop and session pages pass axe-core. */
@OpstapIntegrationTest
class WorkshopBrowserIT {

    private static WebDriver driver;

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        Browser.assumeAvailable();
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAs(String username) {
        Browser.signIn(driver, url(""), username);
    }

    private String runningWorkshop() {
        return jdbc.sql("SELECT CAST(id AS VARCHAR) FROM workshop WHERE municipality_code = 'GM1708' AND end_date IS NULL "
                + "AND start_date <= CURRENT_DATE ORDER BY start_date LIMIT 1").query(String.class).single();
    }

    @Test
    void anAccountManagerFindsAClientAsYouTypeAndProposesThem() {
        String lastName = Fixtures.unique("Typekandidaat");
        new Fixtures(accounts, clients).client(Fixtures.STEENWIJKERLAND, "Tessa", lastName);
        signInAs("accountmanager.igsd");
        driver.findElement(By.linkText("Werkplaatsen")).click();
        driver.get(url("/werkplaatsen/" + runningWorkshop()));
        driver.findElement(By.id("kandidaatZoek")).sendKeys(lastName);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.xpath("//label[contains(., '" + lastName + "')]"))).click();
        new Select(driver.findElement(By.id("category"))).selectByValue("2");
        driver.findElement(By.xpath("//form[contains(@action, '/kandidaten')]//button[@type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("voorgedragen");
        assertThat(driver.getPageSource()).contains("Tessa " + lastName);
    }

    @Test
    void theWorkshopAndSessionPagesHaveNoSeriousOrCriticalAccessibilityProblems() {
        List<String> problems = new ArrayList<>();
        signInAs("accountmanager.igsd");
        String session = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM agency_session WHERE municipality_code = 'GM1708' AND outcome_recorded_at IS NOT NULL "
                + "ORDER BY session_date DESC LIMIT 1").query(String.class).single();
        String workshop = runningWorkshop();
        for (String page : List.of("/werkplaatsen", "/werkplaatsen/" + workshop + "?kandidaatZoek=jan", "/werkplaatsen/" + workshop + "/wijzigen",
                "/werkplaatsen/nieuw?werkgeverZoek=bv", "/uitzendsessies", "/uitzendsessies/" + session, "/uitzendsessies/nieuw")) {
            check(page, problems);
        }
        assertThat(problems).isEmpty();
    }

    private void check(String page, List<String> problems) {
        driver.get(url(page));
        problems.addAll(Browser.accessibilityProblems(driver));
    }
}
