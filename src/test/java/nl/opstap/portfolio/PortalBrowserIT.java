package nl.opstap.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.opstap.testsupport.Browser;
import nl.opstap.testsupport.Fixtures;
import nl.opstap.testsupport.OpstapIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo job seeker on a phone (375 px): Mijn Opstap, Mijn plan, Mijn vacatures, Mijn privacy and the consents, each
 * reached by keyboard-focusable links, without sideways scrolling and without serious axe-core findings; and the
 * activation page for someone not signed in.
 */
@OpstapIntegrationTest
class PortalBrowserIT {

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

    /** Waits while the next page replaces this one (Chromium may briefly answer for nodes of the old one). */
    private static WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class);
    }

    private void check(String page, List<String> problems) {
        Object wide = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        if (Boolean.TRUE.equals(wide)) {
            problems.add(page + ": scrolls sideways at 375 px");
        }
        Browser.accessibilityProblems(driver).forEach(p -> problems.add(page + ": " + p));
    }

    @Test
    void theJobSeekersPagesWorkOnAPhone() {
        List<String> problems = new ArrayList<>();
        driver.manage().window().setSize(new Dimension(375, 800));
        driver.manage().deleteAllCookies();
        driver.get(url("/activeren"));
        check("/activeren", problems);
        driver.get(url("/inloggen"));
        driver.findElement(By.id("gebruikersnaam")).sendKeys("werkzoekende.demo");
        driver.findElement(By.id("wachtwoord")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        waiting().until(ExpectedConditions.titleContains("Mijn Opstap"));
        check("/", problems);
        for (String tile : List.of("Mijn plan", "Mijn vacatures", "Mijn privacy")) {
            driver.get(url("/"));
            driver.findElement(By.xpath("//ul[@class='opstap-tiles']//a[strong[normalize-space()='" + tile + "']]")).click();
            waiting().until(ExpectedConditions.titleContains(tile));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(tile);
            check(tile, problems);
        }
        assertThat(driver.findElement(By.id("h-log")).findElement(By.xpath("..")).getText()).contains("U zelf");
        driver.findElement(By.linkText("Mijn toestemmingen bekijken of wijzigen")).click();
        waiting().until(ExpectedConditions.titleContains("Mijn toestemmingen"));
        check("toestemmingen", problems);
        driver.get(url("/mijn-plan"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Afspraken", "Ik solliciteer elke week");
        assertThat(problems).isEmpty();
    }
}
