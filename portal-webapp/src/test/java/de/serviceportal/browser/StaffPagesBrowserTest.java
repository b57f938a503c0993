package de.serviceportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.testsupport.Axe;
import de.serviceportal.testsupport.Browser;
import de.serviceportal.testsupport.BrowserSupport;
import de.serviceportal.testsupport.HtmlChecker;
import de.serviceportal.testsupport.PortalHttp;
import de.serviceportal.testsupport.TestPortalHome;

/** The staff pages of the core — login and the definitions status page — are accessible and valid, too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserSupport.class)
class StaffPagesBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void loginAndDefinitionsStatusPageAreAccessibleAndValid(Browser browser) {
        String base = "http://127.0.0.1:" + port;
        browser.open(base + "/.login");
        Axe.assertNoViolations(browser.driver(), "Anmeldung");

        browser.driver().findElement(By.id("username")).sendKeys("admin");
        browser.driver().findElement(By.id("password")).sendKeys(TestPortalHome.TEST_ADMIN_PASSWORD);
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> !driver.getCurrentUrl().contains("/.login"));
        browser.open(base + "/.admin/definitions");
        assertThat(browser.title()).contains("Light-Module-Definitionen");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("portal-theme:pages/home").contains("portal-sites:merseburg").contains("Keine Probleme");
        Axe.assertNoViolations(browser.driver(), "Definitionen");

        PortalHttp admin = new PortalHttp(port);
        admin.login("admin", TestPortalHome.TEST_ADMIN_PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("Anmeldung", new PortalHttp(port).get("/.login").body());
        pages.put("Definitionen", admin.get("/.admin/definitions").body());
        HtmlChecker.assertValid(pages);
    }
}
