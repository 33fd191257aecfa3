package nl.opstap.reporting;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a team lead opens Tabel I and II for the seed's date, sees the charts drawn, opens a figure to the
 * clients behind it and reaches the formation with its arithmetic; a bad date gets its message next to the field.
 */
@OpstapIntegrationTest
class ReportBrowserIT {

    private static WebDriver driver;

    @LocalServerPort int port;

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

    @Test
    void aTeamLeadReadsTheTablesOpensAFigureAndChecksTheFormation() {
        List<String> problems = new ArrayList<>();
        Browser.signIn(driver, url(""), "analist.igsd");
        driver.findElement(By.linkText("Rapportages")).click();
        problems.addAll(Browser.accessibilityProblems(driver));
        driver.findElement(By.partialLinkText("Tabel I en II")).click();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('peildatum').value = '2018-11-15'");
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Tonen')]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-report-chart] canvas")));
        assertThat(driver.findElements(By.cssSelector("[data-report-chart] canvas"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(driver.getPageSource()).contains("1.189").contains("(62%)");
        problems.addAll(Browser.accessibilityProblems(driver));

        driver.findElement(By.xpath("//section[@aria-labelledby='h-tabel-1']//tr[contains(., 'Talent in kaart')]/td[3]/a")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Werkzoekenden achter een cijfer");
        assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(3);
        problems.addAll(Browser.accessibilityProblems(driver));

        driver.get(url("/rapportages/formatie?peildatum=2018-11-15"));
        assertThat(driver.getPageSource()).contains("7,5750").contains("26,4003");
        problems.addAll(Browser.accessibilityProblems(driver));

        driver.get(url("/rapportages/tabellen?peildatum=2001-01-01"));
        assertThat(driver.findElement(By.id("peildatum-error")).getText()).contains("eerste gegevens");
        problems.addAll(Browser.accessibilityProblems(driver));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyReportAndTheSettingsPagePassAxeWithTheirChartsDrawn() {
        List<String> problems = new ArrayList<>();
        Browser.signIn(driver, url(""), "analist.igsd");
        for (String page : List.of("/rapportages/monitoring?peildatum=2019-06-30&van=2018-01-01&tot=2018-12-31",
                "/rapportages/doelgroepen?peildatum=2018-11-15", "/rapportages/caseload", "/rapportages/doelen",
                "/rapportages/verloop?van=2017-01-01")) {
            driver.get(url(page));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("[data-report-chart]")).isEmpty()
                    ? !d.findElements(By.cssSelector("[data-report-chart] canvas")).isEmpty() : true);
            assertThat(driver.findElements(By.cssSelector(".utrecht-alert--error"))).as(page).isEmpty();
            problems.addAll(Browser.accessibilityProblems(driver).stream().map(p -> page + ": " + p).toList());
        }
        Browser.signIn(driver, url(""), "analist.tdc");
        driver.get(url("/rapportages/vergelijking?peildatum=2020-12-31"));
        assertThat(driver.getPageSource()).contains(">Stadskanaal</th>").contains(">Veendam</th>");
        problems.addAll(Browser.accessibilityProblems(driver));
        Browser.signIn(driver, url(""), "beheer.igsd");
        driver.findElement(By.linkText("Normen en doelen")).click();
        assertThat(driver.getPageSource()).contains("Plan van Aanpak");
        problems.addAll(Browser.accessibilityProblems(driver));
        assertThat(problems).isEmpty();
    }
}
