package nl.opstap.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.BenefitChange;
import nl.opstap.client.BenefitStatus;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.Browser;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a caseworker places a client (refused first without the why-not-higher), the jobcoach records a
 * follow-up signal from the Nazorg list and reopens support, the caseworker records the outflow; every page passes axe-core.
 */
@OpstapIntegrationTest
class PlacementBrowserIT {

    private static WebDriver driver;

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;

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

    private void waitFor(By element) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    /**
     * Headless Chromium ignores --lang for the segments of a date input (it may take month-day-year), so typed digits
     * can land in the wrong segment; the value is set as the browser would after picking the date.
     */
    private void typeDate(String id, LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)),
                date.toString());
    }

    @Test
    void aPlacementWithAYearOfFollowUpASignalAndTheOutflow() {
        List<String> problems = new ArrayList<>();
        Fixtures fixtures = new Fixtures(accounts, clients);
        String lastName = Fixtures.unique("Browserplaatsing");
        ClientId client = fixtures.client(Fixtures.STEENWIJKERLAND, "Bram", lastName);
        clients.changeBenefit(fixtures.caseworkerAccess(Fixtures.STEENWIJKERLAND), client, new BenefitChange(BenefitStatus.RECIPIENT,
                LocalDate.of(2024, 5, 1)));

        Browser.signIn(driver, url(""), "consulent.steenwijkerland");
        driver.get(url("/werkzoekenden/" + client.value()));
        driver.findElement(By.linkText("Plaatsingen")).click();
        problems.addAll(Browser.accessibilityProblems(driver));
        driver.findElement(By.linkText("Plaatsing vastleggen")).click();
        driver.findElement(By.id("type-werkervaringsplaats")).click();
        LocalDate start = LocalDate.now().minusMonths(2).withDayOfMonth(1);
        typeDate("start", start);
        driver.findElement(By.id("hours")).sendKeys("24");
        new Select(driver.findElement(By.id("jobcoach"))).selectByVisibleText("Kevin Bos");
        driver.findElement(By.id("hours")).sendKeys(Keys.ENTER);
        waitFor(By.cssSelector(".opstap-summary"));
        assertThat(driver.findElement(By.cssSelector(".opstap-summary")).getText()).contains("Geef aan waarom niet gekozen is voor regulier werk");
        problems.addAll(Browser.accessibilityProblems(driver));
        driver.findElement(By.id("whyNotHigher")).sendKeys("Eerst werkritme opbouwen na lange afwezigheid");
        driver.findElement(By.xpath("//button[@type='submit' and contains(., 'Plaatsing vastleggen')]")).click();
        waitFor(By.cssSelector("[role=status]"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("nazorg voor een jaar is gepland");
        assertThat(driver.getPageSource()).contains("vanaf " + nl.opstap.shared.web.Formats.DATE.format(start));
        String placementPage = driver.getCurrentUrl();
        problems.addAll(Browser.accessibilityProblems(driver));

        Browser.signIn(driver, url(""), "jobcoach.igsd");
        driver.findElement(By.linkText("Nazorg")).click();
        problems.addAll(Browser.accessibilityProblems(driver));
        driver.findElement(By.xpath("//tr[contains(., '" + lastName + "')]//a[contains(., 'Werkgever')]")).click();
        waitFor(By.id("contact-form"));
        driver.findElement(By.id("outcome")).sendKeys("Werkgever meldt oplopend verzuim");
        driver.findElement(By.id("signal")).click();
        driver.findElement(By.id("reopenSupport")).click();
        problems.addAll(Browser.accessibilityProblems(driver));
        driver.findElement(By.xpath("//form[@id='contact-form']//button[@type='submit']")).click();
        waitFor(By.cssSelector("[role=status]"));
        assertThat(driver.getPageSource()).contains("ondersteuning is heropend").contains("Werkgever meldt oplopend verzuim");
        assertThat(driver.getCurrentUrl()).isEqualTo(placementPage);

        Browser.signIn(driver, url(""), "consulent.steenwijkerland");
        driver.get(url("/werkzoekenden/" + client.value() + "/plaatsingen"));
        typeDate("date", LocalDate.now().minusMonths(1).withDayOfMonth(1));
        new Select(driver.findElement(By.id("reason"))).selectByVisibleText("Werk");
        new Select(driver.findElement(By.id("extent"))).selectByVisibleText("Gedeeltelijk (schadelastbeperking)");
        driver.findElement(By.xpath("//button[contains(., 'Uitstroom vastleggen')]")).click();
        waitFor(By.cssSelector("[role=status]"));
        assertThat(driver.getPageSource()).contains("De uitstroom is vastgelegd").contains("Gedeeltelijk (schadelastbeperking)")
                .contains("ondersteuning heropend");
        problems.addAll(Browser.accessibilityProblems(driver));
        assertThat(problems).isEmpty();
    }
}
