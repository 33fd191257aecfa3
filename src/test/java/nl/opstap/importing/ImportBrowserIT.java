package nl.opstap.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.testsupport.Browser;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import nl.opstap.testsupport.TestBsns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An administrator imports clients in a real browser: upload, the proposed columns, the check's report, the import; axe on each page. */
@OpstapIntegrationTest
class ImportBrowserIT {

    static WebDriver driver;

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

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    @Test
    void anAdministratorChecksAFileReadsTheReportAndImportsTheValidRows() throws Exception {
        String family = Fixtures.unique("Browserimport");
        Path file = Files.createTempFile("klanten", ".csv");
        Files.writeString(file, "Gemeente;BSN;Voornamen;Achternaam;Geboortedatum;Postcode\n"
                + "Steenwijkerland;" + TestBsns.next() + ";Lies;" + family + ";17-05-1984;8331AB\n"
                + "Steenwijkerland;111111111;Piet;" + family + ";17-05-1984;8331AB\n", StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();

        driver.manage().deleteAllCookies();
        driver.get(url("/inloggen"));
        driver.findElement(By.id("gebruikersnaam")).sendKeys(ImportSteps.ADMIN);
        driver.findElement(By.id("wachtwoord")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        nl.opstap.testsupport.Browser.enterCodeIfAsked(driver, url(""), ImportSteps.ADMIN);
        waiting().until(ExpectedConditions.urlToBe(url("/")));
        driver.findElement(By.linkText("Import")).click();
        waiting().until(ExpectedConditions.titleContains("Gegevens importeren"));
        check(problems);
        driver.findElement(By.id("soort")).click();
        driver.findElement(By.id("bestand")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Kolommen kiezen"));
        assertThat(driver.findElement(By.cssSelector("#bsn option[selected]")).getText()).as("proposed from the heading").isEqualTo("BSN");
        check(problems);
        driver.findElement(By.xpath("//button[normalize-space()='Controleren']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("stand"), "Gecontroleerd"));
        assertThat(driver.findElement(By.id("telling-nieuw")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("telling-fouten")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("elfproef").doesNotContain("111111111");
        check(problems);
        driver.findElement(By.cssSelector("label[for=modus-geldig]")).click();
        driver.findElement(By.xpath("//button[normalize-space()='Importeren']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("stand"), "Geïmporteerd"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("1 nieuw");
        check(problems);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client WHERE last_name = ?").param(family).query(Long.class).single()).isEqualTo(1);
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
