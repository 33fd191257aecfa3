package nl.opstap;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The client's file in a real browser: recording a diagnosis, the charts, the worklist, and axe on every tab. */
@OpstapIntegrationTest
class ClientFileBrowserIT {

    static WebDriver driver;

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

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
    }

    private String displayName(String username) {
        return jdbc.sql("SELECT display_name FROM app_user WHERE username = ?").param(username).query(String.class).single();
    }

    /** A demo client of Steenwijkerland with a plan, so every tab has content. */
    private UUID demoClientWithAPlan() {
        return jdbc.sql("SELECT p.client_id FROM plan p JOIN client c ON c.id = p.client_id WHERE c.municipality_code = 'GM1708' "
                + "ORDER BY p.client_id FETCH FIRST 1 ROWS ONLY").query(UUID.class).single();
    }

    @Test
    void aCaseworkerRecordsALadderStepAfterAMistakeAndSeesItCharted() {
        ClientId client = new Fixtures(accounts, clients).client(STEENWIJKERLAND, "Lotte", Fixtures.unique("Ladder"));
        signInAs("consulent.steenwijkerland");
        driver.get(url("/werkzoekenden/" + client));
        driver.findElement(By.linkText("Diagnose")).click();

        new Select(driver.findElement(By.id("step"))).selectByValue("3");
        setDate("ladderFrom", LocalDate.now().plusDays(5));
        driver.findElement(By.id("step")).submit();
        WebElement error = driver.findElement(By.id("ladderFrom-error"));
        assertThat(error.getText()).containsIgnoringCase("toekomst");

        new Select(driver.findElement(By.id("step"))).selectByValue("3");
        setDate("ladderFrom", LocalDate.now().minusDays(20));
        driver.findElement(By.id("step")).submit();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
        new Select(driver.findElement(By.id("step"))).selectByValue("4");
        setDate("ladderFrom", LocalDate.now().minusDays(2));
        driver.findElement(By.id("step")).submit();

        WebElement chart = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-chart=ladder] canvas, [data-chart=ladder] svg")));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("trede")).getText()).contains("Onbetaald werk");

        driver.findElement(By.linkText("Overzicht")).click();
        assertThat(new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#diagnose-overzicht [data-chart=ladder] canvas, #diagnose-overzicht [data-chart=ladder] svg"))).isDisplayed()).isTrue();

        driver.findElement(By.linkText("Tijdlijn")).click();
        assertThat(driver.findElement(By.cssSelector(".opstap-timeline")).getText())
                .contains("Deelname aan georganiseerde activiteiten").contains("Onbetaald werk");
    }

    @Test
    void aTeamLeadReassignsClientsFromACaseworkersWorklist() {
        signInAs("analist.igsd");
        driver.findElement(By.linkText("Team")).click();
        driver.findElement(By.linkText(displayName("consulent.steenwijkerland"))).click();
        List<WebElement> boxes = driver.findElements(By.name("clientIds"));
        assertThat(boxes).hasSizeGreaterThan(2);
        String first = boxes.get(0).getAttribute("value");
        boxes.get(0).click();
        boxes.get(1).click();
        new Select(driver.findElement(By.id("reassign-to"))).selectByVisibleText(
                displayName("consulent3.steenwijkerland"));
        driver.findElement(By.id("reassign-to")).submit();

        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Herverdeeld: 2");
        assertThat(jdbc.sql("SELECT caseworker_id FROM client WHERE id = ?").param(UUID.fromString(first)).query(UUID.class).single())
                .isEqualTo(accounts.idOf("consulent3.steenwijkerland").value());
    }

    @Test
    void everyTabOfTheFileHasNoSeriousOrCriticalAccessibilityProblems() {
        UUID client = demoClientWithAPlan();
        List<String> problems = new ArrayList<>();
        signInAs("consulent.steenwijkerland");
        for (String tab : List.of("", "/diagnose", "/plan", "/plan/bewerken", "/journaal", "/tijdlijn")) {
            check("/werkzoekenden/" + client + tab, problems);
        }
        check("/werklijst", problems);
        signInAs("analist.igsd");
        check("/werklijst/team", problems);
        check("/werkzoekenden/" + client + "/diagnose", problems);
        signInAs("beheer.igsd");
        check("/beheer/sectoren", problems);
        assertThat(problems).isEmpty();
    }

    private void check(String page, List<String> problems) {
        driver.get(url(page));
        problems.addAll(Browser.accessibilityProblems(driver));
    }
}
