package de.serviceportal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through chromedriver, both from the Debian packages {@code chromium} and
 * {@code chromium-driver}. Both paths are set explicitly, which makes Selenium skip Selenium Manager: nothing is
 * ever downloaded. Each browser gets a fresh temporary profile that {@link #close()} deletes.
 *
 * <p>In JUnit tests prefer {@link BrowserSupport}, which shares one browser per test class.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 900;

    static final String INSTALL_HINT = "install chromium chromium-driver (apt-get install -y chromium chromium-driver)";

    private static final List<String> FLAGS = List.of(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-quic",
            "--window-size=" + WIDTH + "," + HEIGHT, "--lang=de-DE");

    private final ChromeDriver driver;
    private final Path profileDir;
    private boolean closed;

    private Browser(ChromeDriver driver, Path profileDir) {
        this.driver = driver;
        this.profileDir = profileDir;
    }

    /** Starts a headless Chromium from /usr/bin/chromium and /usr/bin/chromedriver. */
    public static Browser start() {
        return start(CHROMIUM, CHROMEDRIVER);
    }

    static Browser start(Path chromium, Path chromedriver) {
        requireExecutable(chromium, "Chromium");
        requireExecutable(chromedriver, "chromedriver");
        Path profile = createProfileDir();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        // --lang alone sets the UI language; Accept-Language comes from this preference.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteRecursively(profile);
            throw e;
        }
    }

    /** The underlying driver, for everything this class does not wrap. */
    public WebDriver driver() {
        return driver;
    }

    /** Navigates to {@code url} and waits for the load event. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public String title() {
        return driver.getTitle();
    }

    /** Logs a staff member in through the login form at {@code base}/.login and waits until it is left. */
    public Browser logIn(String base, String username, String password) {
        driver.get(base + "/.login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/.login"));
        return this;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The current DOM serialized as HTML (after scripts ran, unlike the HTTP response body). */
    public String pageSource() {
        return driver.getPageSource();
    }

    /** Saves a PNG screenshot of the viewport to {@code target} (parent folders are created). */
    public Path screenshot(Path target) {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            return Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save screenshot to " + target, e);
        }
    }

    /** Quits the browser and deletes its profile; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            deleteRecursively(profileDir);
        }
    }

    private static void requireExecutable(Path path, String what) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(what + " not found at " + path + ": the browser tests need the Debian"
                    + " packages, " + INSTALL_HINT);
        }
    }

    private static Path createProfileDir() {
        try {
            return Files.createTempDirectory("portal-chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary Chromium profile", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp profile is harmless; never hide the test result behind it.
        }
    }
}
