package io.coachline.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: both paths are given, so Selenium Manager never
 * looks for (or downloads) a driver or a browser. One browser = one fresh profile = one signed-out session.
 * Waits are explicit; screenshots go to {@code target/screenshots/<name>.png}.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("coachline.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("coachline.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(Long.getLong("coachline.browser.wait-seconds", 60));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("coachline.screenshots", "target/screenshots"));

    /**
     * Selenium looks for a CDP binding matching the browser's version at start-up and warns when Debian's Chromium
     * is newer than the ones it ships; the tests use WebDriver only, so that warning is noise.
     */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(Level.SEVERE);
    }

    private static final AtomicInteger FAILURES = new AtomicInteger();

    private final ChromeDriverService service;
    private final ChromeDriver driver;

    public Browser() {
        // Belt and braces: a driver path in the system property also keeps Selenium Manager out.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
                "--window-size=1280,900");
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Waits until the condition holds (not null / not false) and returns its value. */
    public <T> T await(String what, Function<WebDriver, T> condition) {
        return await(what, WAIT, condition);
    }

    public <T> T await(String what, Duration timeout, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
        wait.withMessage(() -> what + " (at " + driver.getCurrentUrl() + ")");
        // the page re-renders lists and tables as data arrives: an element found a moment ago may be gone
        wait.ignoring(StaleElementReferenceException.class);
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            // what a reviewer needs to see why: the screen as it was and what the page's alerts said
            Path shot = screenshot("timeout-" + FAILURES.incrementAndGet());
            throw new TimeoutException(what + "; page alerts: " + alerts() + "; screenshot: " + shot, e);
        }
    }

    public WebElement visible(String css) {
        return await("visible: " + css, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public WebElement present(String css) {
        return await("present: " + css, ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public WebElement clickable(String css) {
        return await("clickable: " + css, ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    public void click(String css) {
        clickable(css).click();
    }

    public void type(String css, String text) {
        WebElement element = visible(css);
        element.clear();
        element.sendKeys(text);
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean exists(String css) {
        return !all(css).isEmpty();
    }

    public boolean displayed(String css) {
        return all(css).stream().anyMatch(WebElement::isDisplayed);
    }

    public String text(String css) {
        return visible(css).getText();
    }

    /** Waits until the element's text matches {@code regex} and returns the text. */
    public String awaitText(String css, String regex) {
        return await(css + " text matching " + regex, d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            if (found.isEmpty()) {
                return null;
            }
            String text = found.get(0).getText();
            return text.matches(regex) ? text : null;
        });
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Navigates within the page by changing the hash route (no reload). */
    public void route(String hash) {
        script("window.location.hash = arguments[0];", hash);
    }

    /** The texts of the page's visible alerts (role=alert), e.g. an error the page showed. */
    public List<String> alerts() {
        try {
            return all("[role=alert]").stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                    .filter(t -> !t.isBlank()).toList();
        } catch (RuntimeException e) {
            return List.of("(unreadable: " + e.getMessage() + ")");
        }
    }

    /** Saves the current viewport as target/screenshots/{name}.png and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(shot.toPath());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
