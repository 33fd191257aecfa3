package nl.opstap.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file over the upload limits (200 MB: more than the 160 MB a request may hold, so Tomcat refuses it without reading
 * the body) chosen in a real browser: the form comes back with the Dutch message, no error page and no connection
 * reset (which is what Chromium showed before server.tomcat.max-swallow-size was raised).
 */
@OpstapIntegrationTest
class UploadLimitBrowserIT {

    private static WebDriver driver;
    private static Path file;

    @LocalServerPort int port;

    @BeforeAll
    static void start() throws IOException {
        Browser.assumeAvailable();
        driver = Browser.start();
        file = Files.createTempFile("opstap-te-groot", ".csv");
        byte[] block = new byte[1024 * 1024];
        java.util.Arrays.fill(block, (byte) 'a');
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 200; i++) {
                out.write(block);
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anOversizedFileBringsTheUserBackToTheFormWithTheMessage() {
        driver.manage().deleteAllCookies();
        driver.get(url("/inloggen"));
        driver.findElement(By.id("gebruikersnaam")).sendKeys("beheer.igsd");
        driver.findElement(By.id("wachtwoord")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        nl.opstap.testsupport.Browser.enterCodeIfAsked(driver, url(""), "beheer.igsd");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));

        driver.get(url("/beheer/esco"));
        driver.findElement(By.id("versie")).sendKeys("ESCO te groot");
        driver.findElement(By.id("beroepen")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();

        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/beheer/esco"));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("Het bestand is te groot", "60 MB");
        assertThat(driver.findElement(By.tagName("h1")).getText()).doesNotContain("Foutmelding");
        assertThat(driver.findElements(By.id("beroepen"))).isNotEmpty();
    }
}
