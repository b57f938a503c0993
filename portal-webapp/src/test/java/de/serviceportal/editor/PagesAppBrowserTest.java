package de.serviceportal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.Axe;
import de.serviceportal.testsupport.Browser;
import de.serviceportal.testsupport.BrowserSupport;
import de.serviceportal.testsupport.HtmlChecker;
import de.serviceportal.testsupport.PortalHttp;

/** The pages app in Chromium: the tree expands in place by keyboard, and every state passes axe and Nu. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.test.context=pages-app")
@ExtendWith(BrowserSupport.class)
class PagesAppBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;

    @Test
    void theTreeExpandsByKeyboardAndIsAccessible(Browser browser) {
        if (accounts.find("pages-browser").isEmpty()) {
            accounts.create("pages-browser", PagesAppTest.PASSWORD, "Redaktion Browser", null,
                    Set.of(StaffRole.EDITOR));
        }
        String base = "http://127.0.0.1:" + port;
        browser.logIn(base, "pages-browser", PagesAppTest.PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));

        assertThat(browser.title()).isEqualTo("Start – Redaktion"); // where the login leads
        Axe.assertNoViolations(browser.driver(), "Startseite der Redaktion");

        browser.open(base + PagesController.PAGES);
        assertThat(browser.title()).isEqualTo("Seiten – Redaktion");
        Axe.assertNoViolations(browser.driver(), "Seitenbaum");

        WebElement toggle = browser.driver().findElement(
                By.cssSelector("button.baum__auf[aria-controls]"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getText()).contains("Unterseiten von");
        toggle.sendKeys(Keys.ENTER);
        wait.until(driver -> "true".equals(toggle.getAttribute("aria-expanded")));
        WebElement level = browser.driver().findElement(By.id(toggle.getAttribute("aria-controls")));
        assertThat(level.isDisplayed()).isTrue();
        assertThat(level.findElements(By.cssSelector(".baum__titel"))).isNotEmpty();
        assertThat(level.getText()).contains("veröffentlicht");
        Axe.assertNoViolations(browser.driver(), "Seitenbaum aufgeklappt");

        toggle.sendKeys(Keys.ENTER);
        wait.until(driver -> "false".equals(toggle.getAttribute("aria-expanded")));
        assertThat(level.isDisplayed()).isFalse();

        Map<String, String> pages = new LinkedHashMap<>();
        browser.open(base + PreviewController.PATH + "?path=/merseburg&width=phone");
        assertThat(browser.driver().findElement(By.tagName("iframe")).getSize().getWidth()).isBetween(375, 380);
        Axe.assertNoViolations(browser.driver(), "Vorschau");
        browser.open(base + NewPageController.PATH + "?parent=/merseburg");
        Axe.assertNoViolations(browser.driver(), "Neue Seite");
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(driver -> driver.getTitle().startsWith("Fehler: "));
        assertThat(browser.driver().findElement(By.id("title-fehler")).getText())
                .isEqualTo("Bitte geben Sie einen Titel ein.");
        Axe.assertNoViolations(browser.driver(), "Neue Seite mit Fehlern");

        PortalHttp editor = new PortalHttp(port).loggedIn("pages-browser", PagesAppTest.PASSWORD);
        String form = editor.get(NewPageController.PATH + "?parent=/merseburg").body();
        pages.put("Neue Seite", form);
        pages.put("Vorschau", editor.get(PreviewController.PATH + "?path=/merseburg").body());
        pages.put("Neue Seite mit Fehlern", editor.post(NewPageController.PATH, Map.of("_csrf",
                PortalHttp.csrf(form), "parent", "/merseburg", "title", "", "name", "X", "template", "")).body());
        pages.put("Start", editor.get("/.editor/").body());
        pages.put("Seitenbaum", editor.get(PagesController.PAGES).body());
        pages.put("Unterseiten", editor.get(PagesController.PAGES + "?path=/merseburg").body());
        pages.put("Nicht gefunden", editor.get(PagesController.PAGES + "?path=/fehlt").body());
        HtmlChecker.assertValid(pages);
    }
}
