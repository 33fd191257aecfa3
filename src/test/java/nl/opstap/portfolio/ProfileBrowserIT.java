package nl.opstap.portfolio;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.employer.Employers;
import nl.opstap.testsupport.Browser;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a job seeker publishes their anonymous profile on the consent page (on a phone-sized screen), an
 * employer finds it with a filter, opens it and asks for contact, and the account manager sees the request. Every
 * page passes axe-core.
 */
@OpstapIntegrationTest
class ProfileBrowserIT {

    private static WebDriver driver;

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
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
        // Chromium may answer "node does not belong to the document" while the next page replaces this one: try again.
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class);
    }

    /** A job seeker lands on their own file after signing in, not on the home page. */
    private void signInAsJobSeeker(String username) {
        driver.manage().deleteAllCookies();
        driver.get(url("/inloggen"));
        driver.findElement(By.id("gebruikersnaam")).sendKeys(username);
        driver.findElement(By.id("wachtwoord")).sendKeys(Fixtures.PASSWORD, org.openqa.selenium.Keys.ENTER);
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/inloggen")));
    }

    @Test
    void aJobSeekerPublishesAndAnEmployerAsksTheAccountManagerForContact() {
        Fixtures fixtures = new Fixtures(accounts, clients);
        List<String> problems = new ArrayList<>();
        String lastName = Fixtures.unique("Browserprofiel");
        ClientId client = fixtures.client(STEENWIJKERLAND, "Bente", lastName);
        String seeker = Fixtures.unique("zoeker.");
        fixtures.jobSeeker(seeker, client, STEENWIJKERLAND);
        var company = fixtures.employer(employers, STEENWIJKERLAND, Fixtures.unique("Browserbedrijf") + " BV");
        String employer = Fixtures.unique("werkgever.");
        fixtures.employerUser(employer, company.value(), STEENWIJKERLAND);

        driver.manage().window().setSize(new Dimension(375, 800));
        signInAsJobSeeker(seeker);
        driver.findElement(By.linkText("Mijn toestemmingen")).click();
        problems.addAll(Browser.accessibilityProblems(driver));
        driver.findElement(By.id("pitch")).sendKeys("Ik werk graag buiten <b>vet</b>");
        org.openqa.selenium.WebElement publish = driver.findElement(By.id("publiceren"));
        publish.click();
        waiting().until(ExpectedConditions.stalenessOf(publish));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("profiel-status"), "online met nummer"));
        String status = driver.findElement(By.id("profiel-status")).getText();
        String number = status.substring(status.indexOf("K-"), status.indexOf("K-") + 8);
        problems.addAll(Browser.accessibilityProblems(driver));
        driver.manage().window().setSize(new Dimension(1280, 1000));

        Browser.signIn(driver, url(""), employer);
        driver.findElement(By.linkText("Profielen")).click();
        driver.findElement(By.id("postcode")).sendKeys("8331");
        driver.findElement(By.id("filteren")).click();
        waiting().until(ExpectedConditions.urlContains("postcode=8331"));
        problems.addAll(Browser.accessibilityProblems(driver));
        driver.findElement(By.partialLinkText(number)).click();
        assertThat(driver.getPageSource()).contains("Ik werk graag buiten &lt;b&gt;vet&lt;/b&gt;").doesNotContain(lastName);
        problems.addAll(Browser.accessibilityProblems(driver));
        driver.findElement(By.id("message")).sendKeys("Wij zoeken een collega voor buitenwerk.");
        driver.findElement(By.id("contact-aanvragen")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "accountmanager"));
        driver.get(url("/werkgever/vacatures"));
        problems.addAll(Browser.accessibilityProblems(driver));

        Browser.signIn(driver, url(""), "accountmanager.igsd");
        driver.findElement(By.linkText("Contactverzoeken")).click();
        assertThat(driver.getPageSource()).contains(number).contains("Wij zoeken een collega voor buitenwerk.").contains(lastName);
        problems.addAll(Browser.accessibilityProblems(driver));
        assertThat(problems).isEmpty();
    }
}
