package org.counterpart.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at a real headless Chromium (Debian's, driven through its chromedriver): signs in on
 * Keycloak's own login page, uses the console, checks each page with axe-core and keeps a screenshot of
 * each step under {@code target/screenshots}. A machine without the browser fails here with what to
 * install; the test is never skipped.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();
    /** The impacts a page must have none of (WCAG 2.2 AA, as axe-core rates them). */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final FluentWait<WebDriver> wait;

    private ConsoleBrowser(ChromeDriver driver) {
        this.driver = driver;
        // htmx replaces parts of a page while it is read: an element gone stale is looked up again.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
    }

    static ConsoleBrowser open() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver: "
                    + "apt-get install chromium chromium-driver (.ci/run installs them when run as root)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1600");
        options.addArguments("--user-data-dir=" + temporaryProfile());
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ConsoleBrowser(new ChromeDriver(service, options));
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("counterpart-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code consoleUrl}, is sent to Keycloak's login page, signs in there and comes back. */
    void signIn(String consoleUrl, String user, String password) {
        driver.get(consoleUrl);
        wait.until(d -> !d.findElements(By.id("kc-login")).isEmpty());
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(consoleUrl) && !d.findElements(By.tagName("main")).isEmpty());
    }

    void go(String url) {
        driver.get(url);
    }

    WebDriver driver() {
        return driver;
    }

    WebElement find(String css) {
        return wait.until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void choose(String css, String value) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
    }

    void click(String css) {
        find(css).click();
    }

    /** Waits until {@code css} is on the page and contains {@code text}. */
    void waitForText(String css, String text) {
        wait.until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /** Waits until {@code css} is on the page with {@code attribute} set to {@code value} (a script has run). */
    void waitForAttribute(String css, String attribute, String value) {
        wait.until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> value.equals(e.getDomAttribute(attribute))));
    }

    String text(String css) {
        return wait.until(d -> d.findElement(By.cssSelector(css)).getText());
    }

    /** No serious or critical accessibility violation on the page as it is now. */
    void checkAccessibility(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        List<String> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(ConsoleBrowser::describe).toList();
        assertEquals(List.of(), blocking, page + " has accessibility violations");
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    /** Clicks a download link and waits (bounded) for the whole file {@code name} in {@code target/downloads}. */
    byte[] download(String css, String name) {
        try {
            Files.createDirectories(DOWNLOADS);
            Path file = DOWNLOADS.resolve(name);
            Files.deleteIfExists(file);
            click(css);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.exists(file)
                    && !Files.exists(DOWNLOADS.resolve(name + ".crdownload")));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a screenshot of the page as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
            return shot;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
