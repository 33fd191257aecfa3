package nl.opstap.portfolio;

import static nl.opstap.testsupport.Fixtures.STEENWIJKERLAND;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.opstap.access.Channel;
import nl.opstap.access.Permission;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A job seeker edits their portfolio in a real browser: sees their caseworker's comment, adds an education and a work
 * experience, uploads a small PDF and gets their CV; the pages pass axe-core, also 375 px wide.
 */
@OpstapIntegrationTest
class PortfolioBrowserIT {

    private static WebDriver driver;

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired ClientDirectory clients;
    @Autowired PortfolioImport portfolio;

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

    private void check(List<String> problems) {
        problems.addAll(Browser.accessibilityProblems(driver));
    }

    /** Job seekers land on Mijn Opstap, not the staff home page Browser.signIn waits for. */
    private void signInAsJobSeeker(String username) {
        driver.manage().deleteAllCookies();
        driver.get(url("/inloggen"));
        driver.findElement(By.id("gebruikersnaam")).sendKeys(username);
        driver.findElement(By.id("wachtwoord")).sendKeys(Fixtures.PASSWORD, org.openqa.selenium.Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.titleContains("Mijn Opstap"));
    }

    /** Waits for the next page's notice: the one on the page before may still be shown for a moment. */
    private void statusSays(String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class).until(
                org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), text));
    }

    private void save() {
        driver.findElement(By.xpath("//form[@method='post']//button[normalize-space()='Opslaan']")).click();
    }

    @Test
    void aJobSeekerFillsInTheirPortfolioUploadsACvAndDownloadsTheirCv() throws Exception {
        Fixtures fixtures = new Fixtures(accounts, clients);
        String lastName = Fixtures.unique("Browser");
        ClientId file = fixtures.client(STEENWIJKERLAND, "Bram", lastName);
        String seeker = "browser." + lastName.toLowerCase();
        fixtures.jobSeeker(seeker, file, STEENWIJKERLAND);
        portfolio.comment(accounts.accessFor(accounts.idOf(PortfolioIT.CASEWORKER), Permission.JOURNAL_WRITE, Channel.BATCH), file, null,
                "Zet ook uw stage erbij.");
        List<String> problems = new ArrayList<>();

        driver.manage().window().setSize(new Dimension(1280, 1000));
        signInAsJobSeeker(seeker);
        driver.findElement(By.linkText("Mijn portfolio")).click();
        assertThat(driver.findElement(By.id("opmerkingen")).getText()).contains("Zet ook uw stage erbij.");
        check(problems);

        driver.findElement(By.linkText("Opleiding toevoegen")).click();
        check(problems);
        save();
        assertThat(driver.findElement(By.id("title-error")).getText()).contains("Vul de naam van de opleiding in.");
        check(problems);
        driver.findElement(By.id("title")).sendKeys("Helpende zorg <en> welzijn");
        driver.findElement(By.id("place")).sendKeys("Deltion College");
        new Select(driver.findElement(By.id("level"))).selectByVisibleText("Mbo-2");
        driver.findElement(By.cssSelector("label[for=diploma]")).click();
        save();
        statusSays("Opgeslagen");
        assertThat(driver.findElement(By.id("h-opleiding")).findElement(By.xpath("..")).getText())
                .contains("Helpende zorg <en> welzijn", "Deltion College", "Mbo-2", "Diploma gehaald");

        driver.findElement(By.linkText("Werk toevoegen")).click();
        driver.findElement(By.id("title")).sendKeys("Magazijnmedewerker");
        driver.findElement(By.id("place")).sendKeys("Transport Noord");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('from').value = '2019-04-01'");
        driver.findElement(By.id("body")).sendKeys("Orders verzamelen en inpakken.");
        save();
        statusSays("Opgeslagen");
        assertThat(driver.findElement(By.id("h-werkervaring")).findElement(By.xpath("..")).getText())
                .contains("Magazijnmedewerker", "Transport Noord", "Sinds 01-04-2019");

        Path pdf = Files.createTempFile("cv", ".pdf");
        Files.write(pdf, DocumentSamples.pdf());
        new Select(driver.findElement(By.id("kind"))).selectByVisibleText("Cv");
        driver.findElement(By.id("file")).sendKeys(pdf.toString());
        driver.findElement(By.xpath("//button[normalize-space()='Document toevoegen']")).click();
        statusSays("Het document is toegevoegd.");
        assertThat(driver.findElement(By.id("documenten")).getText()).contains(pdf.getFileName().toString());
        check(problems);

        String cv = driver.findElement(By.linkText("Download mijn cv (PDF)")).getAttribute("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cv)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(answer.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        driver.get(url("/mijn-portfolio/vaardigheid/nieuw?zoek=samen"));
        check(problems);
        driver.get(url("/mijn-portfolio/cv-gegevens"));
        check(problems);

        driver.manage().window().setSize(new Dimension(375, 800));
        driver.get(url("/mijn-portfolio"));
        check(problems);
        Long width = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(width).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375L);
        driver.manage().window().setSize(new Dimension(1280, 1000));

        Browser.signIn(driver, url(""), PortfolioIT.CASEWORKER);
        driver.get(url("/werkzoekenden/" + file + "/portfolio"));
        assertThat(driver.getPageSource()).contains("Magazijnmedewerker");
        check(problems);
        assertThat(problems).isEmpty();
    }
}
