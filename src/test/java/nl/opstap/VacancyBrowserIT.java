package nl.opstap;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.Access;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
import nl.opstap.access.UserAccounts;
import nl.opstap.employer.EmployerForm;
import nl.opstap.employer.Employers;
import nl.opstap.employer.SbiSection;
import nl.opstap.testsupport.Browser;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An account manager registers a vacancy in a real browser: employer, occupation autocomplete, a refused date, status; axe on each page. */
@OpstapIntegrationTest
class VacancyBrowserIT {

    static WebDriver driver;

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired Employers employers;

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

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private void setDate(String id, String date) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date);
    }

    @Test
    void anAccountManagerRegistersAVacancy() {
        Access access = accounts.accessFor(accounts.idOf("accountmanager.igsd"), Permission.EMPLOYER_WRITE, Channel.BATCH);
        String kvk = String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
        String name = "Browserbakkerij " + kvk;
        employers.importEmployers(access, List.of(new EmployerForm(kvk, name, SbiSection.I, "Markt", "3", "8331AB", "Steenwijk",
                Fixtures.STEENWIJKERLAND, 14, true, false, null, null)));
        List<String> problems = new ArrayList<>();

        driver.manage().deleteAllCookies();
        driver.get(url("/inloggen"));
        driver.findElement(By.id("gebruikersnaam")).sendKeys("accountmanager.igsd");
        driver.findElement(By.id("wachtwoord")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        waiting().until(ExpectedConditions.urlToBe(url("/")));
        driver.findElement(By.linkText("Vacatures")).click();
        check(problems);
        driver.findElement(By.linkText("Nieuwe vacature")).click();
        driver.findElement(By.id("werkgeverZoek")).sendKeys(kvk, Keys.ENTER);
        check(problems);
        driver.findElement(By.linkText(name)).click();

        driver.findElement(By.id("title")).sendKeys("Zelfstandig werkend kok");
        driver.findElement(By.id("beroep-zoek")).sendKeys("kok");
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#beroep-suggesties input[name=occupation]")));
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).as("htmx kept the form").isEqualTo("Zelfstandig werkend kok");
        driver.findElement(By.cssSelector("#beroep-suggesties label")).click();
        new Select(driver.findElement(By.id("sector"))).selectByVisibleText("Horeca/catering");
        driver.findElement(By.id("postcode")).sendKeys("8331 AB");
        driver.findElement(By.id("hoursMin")).sendKeys("24");
        driver.findElement(By.id("hoursMax")).sendKeys("32");
        setDate("startDate", "2027-03-01");
        setDate("closingDate", "2027-02-01");
        driver.findElement(By.cssSelector("button.utrecht-button--primary-action:not(.opstap-visually-hidden)")).click();
        assertThat(driver.findElement(By.id("closingDate-error")).getText()).contains("niet vóór de startdatum (01-03-2027)");
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo("Zelfstandig werkend kok");
        check(problems);

        driver.findElement(By.id("closingDate")).clear();
        setDate("closingDate", "2027-04-01");
        driver.findElement(By.cssSelector("button.utrecht-button--primary-action:not(.opstap-visually-hidden)")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/vacatures/[0-9a-f-]{36}$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Zelfstandig werkend kok");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(name, "kok", "24–32 uur", "01-04-2027");
        check(problems);

        driver.findElement(By.cssSelector("label[for=status-1]")).click();
        driver.findElement(By.xpath("//button[normalize-space()='Status wijzigen']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".opstap-notice"), "status van de vacature is gewijzigd"));
        assertThat(problems).isEmpty();
    }

    /** axe on the page as it is now; serious and critical problems are collected. */
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
