package nl.opstap.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests. Without Chromium the tests are skipped with a clear
 * message, unless OPSTAP_REQUIRE_BROWSER=true (as in CI), where its absence fails the build.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("opstap.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("opstap.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    public static void assumeAvailable() {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available && "true".equalsIgnoreCase(System.getenv("OPSTAP_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("OPSTAP_REQUIRE_BROWSER=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        if (!available) {
            System.out.println("*** Browser tests SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER
                    + " not found. Install Debian's chromium and chromium-driver to run them (CI does). ***");
        }
        Assumptions.assumeTrue(available, "Chromium not found: browser tests skipped (apt-get install chromium chromium-driver)");
    }

    public static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=nl-NL", "--user-data-dir=" + tempDir());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Signs in through the login page and waits for the home page. */
    public static void signIn(WebDriver driver, String baseUrl, String username) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/inloggen");
        driver.findElement(org.openqa.selenium.By.id("gebruikersnaam")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("wachtwoord")).sendKeys(Fixtures.PASSWORD, org.openqa.selenium.Keys.ENTER);
        enterCodeIfAsked(driver, baseUrl, username);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlToBe(baseUrl + "/"));
    }

    /** Demo administrators must give a TOTP code after the password; the code comes from the demo secret. */
    public static void enterCodeIfAsked(WebDriver driver, String baseUrl, String username) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> !d.getCurrentUrl().endsWith("/inloggen"));
        if (driver.getCurrentUrl().startsWith(baseUrl + "/inloggen/code")) {
            driver.findElement(org.openqa.selenium.By.id("code")).sendKeys(TotpCodes.nextDemo(username), org.openqa.selenium.Keys.ENTER);
            wait.until(d -> !d.getCurrentUrl().contains("/inloggen/code"));
        }
    }

    /** The serious and critical WCAG 2.1 AA problems axe-core finds on the page now shown, described for a failure message. */
    public static java.util.List<String> accessibilityProblems(WebDriver driver) {
        var results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream().filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> driver.getCurrentUrl() + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList();
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("opstap-chromium").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
