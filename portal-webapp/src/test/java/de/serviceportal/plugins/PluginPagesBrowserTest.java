package de.serviceportal.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.publishing.Publisher;
import de.serviceportal.repository.ContentRepository;
import de.serviceportal.testsupport.Axe;
import de.serviceportal.testsupport.Browser;
import de.serviceportal.testsupport.BrowserSupport;
import de.serviceportal.testsupport.HtmlChecker;
import de.serviceportal.testsupport.PortalHttp;
import de.serviceportal.testsupport.TestPortalHome;

/**
 * The pages the plugin SPI adds (admin overview, settings form with and without errors, the staff-screen list, the
 * example's staff screen and a page with its component) are valid HTML (Nu checker) and have no axe-core
 * WCAG 2.1 A/AA violation. Same Spring context as {@link PluginSpiTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = PluginSpiTest.OWN_CONTEXT)
@ExtendWith(BrowserSupport.class)
class PluginPagesBrowserTest {

    private static final String SETTINGS = "/.admin/plugins/example/settings?site=merseburg";

    @LocalServerPort
    int port;
    @Autowired
    ContentRepository repository;
    @Autowired
    Publisher publisher;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void pluginPagesAreValidHtml() {
        PluginSpiTest.createTestPage(repository, publisher);
        PortalHttp admin = new PortalHttp(port);
        assertThat(admin.login("admin", TestPortalHome.TEST_ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : new String[] { "/.admin/plugins", "/.admin/plugins/example/settings", SETTINGS,
                "/.editor/plugins", "/.editor/plugins/example/veroeffentlichungen", PluginSpiTest.PAGE }) {
            HttpResponse<String> response = admin.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            pages.put(path, response.body());
        }
        HttpResponse<String> invalid = admin.post(SETTINGS, Map.of("_csrf", PluginSpiTest.csrf(pages.get(SETTINGS)),
                "s.salutation", "Hallo", "s.maxNameLength", "viele", "s.style", "schlicht"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        pages.put(SETTINGS + " (Fehler)", invalid.body());
        HtmlChecker.assertValid(pages);
    }

    @Test
    void pluginPagesHaveNoAccessibilityViolations(WebDriver driver) {
        PluginSpiTest.createTestPage(repository, publisher);
        driver.get(url(PluginSpiTest.PAGE));
        Axe.assertNoViolations(driver, "Seite mit Hallo-Komponente");

        driver.get(url("/.login"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(TestPortalHome.TEST_ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/.login"));
        for (String path : new String[] { "/.admin/plugins", "/.admin/plugins/example/settings", SETTINGS,
                "/.editor/plugins", "/.editor/plugins/example/veroeffentlichungen" }) {
            driver.get(url(path));
            assertThat(driver.findElements(By.tagName("h1"))).as(path).hasSize(1);
            Axe.assertNoViolations(driver, path);
        }

        driver.get(url(SETTINGS));
        driver.findElement(By.id("einstellung-maxNameLength")).clear();
        driver.findElement(By.id("einstellung-maxNameLength")).sendKeys("viele");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]"))).getText())
                .contains("„Höchstlänge des Namens“ muss eine ganze Zahl sein");
        assertThat(driver.findElement(By.id("einstellung-maxNameLength")).getAttribute("aria-describedby"))
                .isEqualTo("einstellung-maxNameLength-fehler");
        Axe.assertNoViolations(driver, SETTINGS + " mit Fehler");
    }

    /** Swagger UI loads its files and the OpenAPI document and shows the example plugin's endpoint. */
    @Test
    void swaggerUiShowsThePluginEndpoint(Browser browser) {
        browser.open(url("/swagger-ui.html"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> driver.getPageSource()
                .contains("/.rest/example/v1/greeting"));
        browser.screenshot(Path.of("target", "screenshots", "plugins", "swagger-ui.png"));
        browser.open(url("/.login"));
        browser.driver().findElement(By.id("username")).sendKeys("admin");
        browser.driver().findElement(By.id("password")).sendKeys(TestPortalHome.TEST_ADMIN_PASSWORD);
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/.login"));
        browser.open(url("/.admin/plugins"));
        browser.screenshot(Path.of("target", "screenshots", "plugins", "admin-plugins.png"));
        browser.open(url(SETTINGS));
        browser.screenshot(Path.of("target", "screenshots", "plugins", "settings.png"));
    }
}
