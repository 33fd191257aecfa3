package nl.opstap.employer;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.time.LocalDate;
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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The account manager's flow in a real browser: a new employer (a wrong KvK number first), a contact person, a contact
 * moment with a next action and a mediation whose client is picked by name (htmx), and the worklist. axe-core checks
 * every page on the way, with nothing allowed (WCAG 2.1 A and AA).
 */
@OpstapIntegrationTest
class AccountManagerBrowserIT {

    private static WebDriver driver;

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;

    private final List<String> problems = new ArrayList<>();

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

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
    }

    private void save() {
        driver.findElement(By.cssSelector("main form button.utrecht-button--primary-action")).click();
    }

    /** axe on the page as it is now: any violation of WCAG 2.1 A/AA counts. */
    private void axe(String what) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        for (Rule violation : results.getViolations()) {
            problems.add(what + ": " + violation.getId() + " (" + violation.getImpact() + ") " + violation.getHelp() + " "
                    + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
        }
    }

    @Test
    void anAccountManagerRegistersAnEmployerAndRecordsAMediationThatShowsOnTheWorklist() {
        String clientName = Fixtures.unique("Kandidaat");
        ClientId client = new Fixtures(accounts, clients).client(Fixtures.STEENWIJKERLAND, "Yara", clientName);
        String employerName = "Browserbakkerij " + Fixtures.unique("B");

        driver.manage().deleteAllCookies();
        driver.get(url("/inloggen"));
        driver.findElement(By.id("gebruikersnaam")).sendKeys("accountmanager.igsd");
        driver.findElement(By.id("wachtwoord")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        waiting().until(ExpectedConditions.urlToBe(url("/")));

        driver.findElement(By.linkText("Werkgevers")).click();
        waiting().until(ExpectedConditions.urlToBe(url("/werkgevers")));
        axe("/werkgevers");

        driver.findElement(By.partialLinkText("Nieuwe werkgever")).click();
        waiting().until(ExpectedConditions.urlToBe(url("/werkgevers/nieuw")));
        axe("/werkgevers/nieuw");
        type("kvkNumber", "1234");
        type("name", employerName);
        new Select(driver.findElement(By.id("sbi"))).selectByValue("C");
        type("street", "Markt");
        type("houseNumber", "12");
        type("postcode", "8331 AB");
        type("city", "Steenwijk");
        new Select(driver.findElement(By.id("municipality"))).selectByValue(Fixtures.STEENWIJKERLAND);
        type("employees", "30");
        save();
        WebElement kvkError = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("kvkNumber-error")));
        assertThat(kvkError.getText()).contains("8 cijfers");
        assertThat(driver.findElement(By.id("kvkNumber")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("kvkNumber")).getAttribute("aria-describedby")).contains("kvkNumber-error");
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("opstap-summary");
        axe("werkgever met fout KvK-nummer");

        type("kvkNumber", EmployerIT.kvk());
        save();
        waiting().until(ExpectedConditions.urlMatches(url("/werkgevers/[0-9a-f-]{36}$")));
        String employerPage = driver.getCurrentUrl();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(employerName);
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("opgeslagen");
        axe("werkgever");

        driver.findElement(By.linkText("Contactpersoon toevoegen")).click();
        axe("contactpersoon toevoegen");
        type("name", "Sanne de Boer");
        type("role", "HR-adviseur");
        type("phone", "0521 123456");
        type("email", "sanne@browserbakkerij.nl");
        save();
        waiting().until(ExpectedConditions.urlToBe(employerPage));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Sanne de Boer");

        driver.findElement(By.linkText("Contactmoment vastleggen")).click();
        axe("contactmoment vastleggen");
        new Select(driver.findElement(By.id("channel"))).selectByValue("BEZOEK");
        new Select(driver.findElement(By.id("contact"))).selectByVisibleText("Sanne de Boer");
        type("subject", "Kandidaat voorgesteld voor de productie");
        type("outcome", "Proefplaatsing afgesproken");
        type("nextAction", "Na twee weken evalueren");
        setDate("dueDate", LocalDate.now());
        driver.findElement(By.id("mediation")).click();
        driver.findElement(By.id("werkzoekende-zoek")).sendKeys(clientName);
        WebElement option = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#werkzoekende-suggesties input[value='" + client + "']")));
        assertThat(driver.findElement(By.id("werkzoekende-suggesties")).getText()).contains("Yara " + clientName);
        axe("contactmoment met gevonden werkzoekende");
        option.click();
        save();

        waiting().until(ExpectedConditions.urlToBe(employerPage));
        String moments = driver.findElement(By.tagName("table")).getText();
        assertThat(moments).contains("Kandidaat voorgesteld", "bemiddeling", "met Yara " + clientName, "met Sanne de Boer",
                "Na twee weken evalueren");
        axe("werkgever met contactmoment");

        driver.findElement(By.linkText("Werklijst werkgevers")).click();
        waiting().until(ExpectedConditions.urlToBe(url("/werkgevers/werklijst")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(employerName, "Na twee weken evalueren");
        axe("/werkgevers/werklijst");

        assertThat(problems).isEmpty();
    }
}
