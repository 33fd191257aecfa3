package nl.opstap;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.access.UserAccounts;
import nl.opstap.client.ClientDirectory;
import nl.opstap.client.ClientId;
import nl.opstap.testsupport.Browser;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The caseworker's main flow in a real browser, and an accessibility check (axe-core) of the main pages. */
@OpstapIntegrationTest
class BrowserIT {

    private static WebDriver driver;

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    private String lastName;
    private ClientId client;

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

    @BeforeEach
    void createClient() {
        lastName = Fixtures.unique("Browser");
        client = new Fixtures(accounts, clients).client(STEENWIJKERLAND, "Bente", lastName);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAs(String username) {
        Browser.signIn(driver, url(""), username);
    }

    @Test
    void aCaseworkerSignsInFindsAClientOpensAndEditsTheFile() {
        signInAs("consulent.steenwijkerland");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Welkom");

        driver.findElement(By.linkText("Werkzoekenden")).click();
        WebElement name = driver.findElement(By.id("naam"));
        name.sendKeys(lastName, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText(lastName))).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(lastName);

        driver.findElement(By.linkText("Gegevens wijzigen")).click();
        WebElement street = driver.findElement(By.id("street"));
        street.clear();
        street.sendKeys("Markt");
        WebElement house = driver.findElement(By.id("houseNumber"));
        house.clear();
        house.sendKeys("7");
        driver.findElement(By.cssSelector("form.opstap-form button[type=submit]")).click();

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/werkzoekenden/" + client)));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("De wijzigingen zijn opgeslagen.");
        assertThat(driver.getPageSource()).contains("Markt 7");
    }

    @Test
    void aMistakeInTheFormIsShownNextToTheFieldAndInTheSummary() {
        signInAs("consulent.steenwijkerland");
        driver.get(url("/werkzoekenden/" + client + "/bewerken"));
        WebElement postcode = driver.findElement(By.id("postcode"));
        postcode.clear();
        postcode.sendKeys("12");
        driver.findElement(By.cssSelector("form.opstap-form button[type=submit]")).click();

        WebElement summary = driver.findElement(By.cssSelector(".opstap-summary"));
        assertThat(summary.getText()).contains("Vul een geldige postcode in");
        assertThat(driver.switchTo().activeElement()).isEqualTo(summary);
        assertThat(driver.findElement(By.id("postcode")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void theMainPagesHaveNoSeriousOrCriticalAccessibilityProblems() {
        List<String> problems = new ArrayList<>();
        driver.manage().deleteAllCookies();
        check("/inloggen", problems);
        signInAs("consulent.steenwijkerland");
        for (String page : List.of("/", "/werkzoekenden", "/werkzoekenden/" + client, "/werkzoekenden/" + client + "/bewerken",
                "/werkzoekenden/nieuw", "/mijn-account", "/mijn-account/wachtwoord", "/inloggen/tweede-factor")) {
            check(page, problems);
        }
        signInAs("analist.igsd");
        check("/", problems);
        check("/werkzoekenden/" + client, problems);
        checkTheCodePageOnTheWayIn("admin", problems);
        check("/mijn-account", problems);
        driver.findElement(By.cssSelector("form[action='/mijn-account/herstelcodes'] button")).click();
        assertThat(driver.findElements(By.cssSelector("#herstelcodes li"))).hasSize(10);
        problems.addAll(Browser.accessibilityProblems(driver));
        check("/beheer/gebruikers", problems);
        check("/beheer/gebruikers/nieuw", problems);
        check("/beheer/verwerkingslog", problems);
        assertThat(problems).isEmpty();
    }

    /** An administrator's sign-in stops at the page asking for the second factor's code: checked there, then passed. */
    private void checkTheCodePageOnTheWayIn(String username, List<String> problems) {
        driver.manage().deleteAllCookies();
        driver.get(url("/inloggen"));
        driver.findElement(By.id("gebruikersnaam")).sendKeys(username);
        driver.findElement(By.id("wachtwoord")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/inloggen/code"));
        problems.addAll(Browser.accessibilityProblems(driver));
        Browser.enterCodeIfAsked(driver, url(""), username);
    }

    private void check(String page, List<String> problems) {
        driver.get(url(page));
        problems.addAll(Browser.accessibilityProblems(driver));
    }
}
