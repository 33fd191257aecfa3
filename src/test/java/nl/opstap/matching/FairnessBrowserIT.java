package nl.opstap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.client.Gender;
import nl.opstap.organisation.MunicipalityCode;
import nl.opstap.testsupport.Browser;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The fairness report and the weights page in a real browser, with their error states, pass axe-core; a weight typed with a comma is saved. */
@OpstapIntegrationTest
class FairnessBrowserIT {

    private static WebDriver driver;

    @LocalServerPort int port;
    @Autowired RankingsShown rankings;
    @Autowired WeightSettings settings;

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

    @Test
    void theFairnessReportAndItsErrorStateHaveNoSeriousOrCriticalAccessibilityProblems() {
        rankings.record(new MunicipalityCode(Fixtures.STEENWIJKERLAND), LocalDate.now(),
                List.of(RankingsShown.entry(Gender.FEMALE, LocalDate.of(1980, 1, 1), LocalDate.now())));
        List<String> problems = new ArrayList<>();
        signInAs("analist.igsd");
        driver.findElement(By.linkText("Eerlijkheid matching")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Eerlijkheid van de matching");
        assertThat(driver.findElements(By.cssSelector("table.opstap-figures"))).isNotEmpty();
        check(problems);
        driver.get(url("/matching/eerlijkheid?van=2026-05-01&tot=2026-04-01"));
        assertThat(driver.findElement(By.id("tot-error")).getText()).contains("vóór de begindatum");
        check(problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void theWeightsPageAndItsErrorStateHaveNoSeriousOrCriticalAccessibilityProblemsAndACommaIsUnderstood() {
        List<String> problems = new ArrayList<>();
        try {
            signInAs("admin");
            driver.findElement(By.linkText("Gewichten matching")).click();
            check(problems);
            WebElement occupation = driver.findElement(By.id("occupation"));
            occupation.clear();
            occupation.sendKeys("12");
            driver.findElement(By.xpath("//form[@action='/matching/gewichten']//button[@type='submit']")).click();
            assertThat(driver.findElement(By.id("occupation-error")).getText()).contains("Het gewicht voor Beroep");
            check(problems);
            occupation = driver.findElement(By.id("occupation"));
            occupation.clear();
            occupation.sendKeys("3,75");
            driver.findElement(By.xpath("//form[@action='/matching/gewichten']//button[@type='submit']")).click();
            assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("De gewichten zijn opgeslagen");
            assertThat(settings.current().occupation()).isEqualTo(3.75);
            assertThat(problems).isEmpty();
        } finally {
            settings.save(Weights.defaults(), null, java.time.Instant.now());
        }
    }

    private void check(List<String> problems) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                problems.add(driver.getCurrentUrl() + ": " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp()
                        + " " + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
    }
}
