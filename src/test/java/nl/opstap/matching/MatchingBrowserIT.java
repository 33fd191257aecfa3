package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.testsupport.Browser;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A caseworker finds candidates for a vacancy, reads why one was ranked, proposes them and judges the pair with a
 * reason, in a real browser; the matching pages pass axe-core.
 */
@OpstapIntegrationTest
class MatchingBrowserIT {

    private static WebDriver driver;

    @LocalServerPort int port;
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

    /** An open demo vacancy of Steenwijkerland with at least one candidate not yet paired. */
    private String openVacancy() {
        return jdbc.sql("SELECT CAST(id AS VARCHAR) FROM vacancy WHERE municipality_code = 'GM1708' AND status = 'OPEN' ORDER BY title LIMIT 1")
                .query(String.class).single();
    }

    @Test
    void aCaseworkerProposesTheBestCandidateAndJudgesThePairWithAReason() {
        signInAs("consulent.steenwijkerland");
        driver.get(url("/vacatures/" + openVacancy()));
        driver.findElement(By.linkText("Kandidaten zoeken")).click();
        WebElement first = driver.findElement(By.cssSelector("ol.opstap-matches > li"));
        first.findElement(By.tagName("summary")).click();
        assertThat(first.findElement(By.tagName("table")).getText()).contains("Vereiste vaardigheden").contains("Afstand");
        first.findElement(By.xpath(".//button[normalize-space()='Voorstellen']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/koppelingen/"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Voorgesteld");
        assertThat(driver.getPageSource()).contains("Getoonde opbouw: Score");
        driver.findElement(By.xpath("//label[normalize-space()='ongeschikt']")).click();
        driver.findElement(By.xpath("//button[normalize-space()='Stap vastleggen']")).click();
        assertThat(driver.findElement(By.id("reden-error")).getText()).contains("Geef de reden");
        driver.findElement(By.xpath("//label[normalize-space()='ongeschikt']")).click();
        driver.findElement(By.id("reden")).sendKeys("Woont te ver van de vestiging voor de vroege dienst");
        driver.findElement(By.xpath("//button[normalize-space()='Stap vastleggen']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
        assertThat(driver.getPageSource()).contains("Reden: Woont te ver van de vestiging voor de vroege dienst");
    }

    @Test
    void theMatchingPagesHaveNoSeriousOrCriticalAccessibilityProblems() {
        List<String> problems = new ArrayList<>();
        signInAs("consulent.steenwijkerland");
        String vacancy = openVacancy();
        String client = jdbc.sql("SELECT CAST(client_id AS VARCHAR) FROM matching_consent WHERE municipality_code = 'GM1708' AND matching "
                + "ORDER BY client_id LIMIT 1").query(String.class).single();
        check("/vacatures/" + vacancy + "/kandidaten", problems);
        check("/vacatures/" + vacancy + "/kandidaten?maxAfstandKm=abc&tredeVan=9", problems);
        check("/werkzoekenden/" + client + "/matching", problems);
        String pair = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM matching_pair WHERE municipality_code = 'GM1708' ORDER BY proposed_on LIMIT 1")
                .query(String.class).optional().orElse(null);
        if (pair != null) {
            check("/koppelingen/" + pair, problems);
        }
        String workshop = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM workshop WHERE municipality_code = 'GM1708' ORDER BY start_date LIMIT 1")
                .query(String.class).single();
        check("/werkplaatsen/" + workshop + "/passende-kandidaten", problems);
        assertThat(problems).isEmpty();
    }

    private void check(String page, List<String> problems) {
        driver.get(url(page));
        problems.addAll(Browser.accessibilityProblems(driver));
    }
}
