package de.serviceportal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.publishing.Publisher;
import de.serviceportal.repository.ContentStages;
import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.Axe;
import de.serviceportal.testsupport.Browser;
import de.serviceportal.testsupport.BrowserSupport;
import de.serviceportal.testsupport.HtmlChecker;
import de.serviceportal.testsupport.PortalHttp;

/**
 * Four eyes end to end in Chromium: an editor requests the publication of a changed page with a comment, a
 * publisher sees the difference and approves, an anonymous visitor sees the result; every screen passes axe and Nu.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.test.context=pages-app")
@ExtendWith(BrowserSupport.class)
class ApprovalBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ContentStages stages;
    @Autowired
    Publisher publisher;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void login(WebDriver driver, String name) {
        driver.manage().deleteAllCookies();
        driver.get(base() + "/.login");
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(PagesAppTest.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/.login"));
    }

    @Test
    void anEditorRequestsAPublisherApprovesACitizenSeesIt(Browser browser) {
        for (String name : new String[] {"ab-editor", "ab-publisher"}) {
            if (accounts.find(name).isEmpty()) {
                accounts.create(name, PagesAppTest.PASSWORD, name, null,
                        Set.of(name.equals("ab-editor") ? StaffRole.EDITOR : StaffRole.PUBLISHER));
            }
        }
        String path = "/merseburg/freigabe-" + System.nanoTime();
        stages.draft().write(session -> {
            Node page = session.getNode("/website/merseburg").addNode(path.substring(11), "mgnl:page");
            page.setProperty("mgnl:template", "portal-theme:pages/content");
            page.setProperty("title", "Sprechzeiten");
            page.setProperty("hideInNav", true);
            return null;
        });
        publisher.publish("website", path, false, "test", null);
        stages.draft().write(session -> {
            session.getNode("/website" + path).setProperty("title", "Neue Sprechzeiten");
            return null;
        });
        WebDriver driver = browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        login(driver, "ab-editor");
        driver.get(base() + PublishingController.link(path));
        Axe.assertNoViolations(driver, "Veröffentlichung beantragen");
        driver.findElement(By.id("comment")).sendKeys("Sprechzeiten ab Januar");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getTitle().startsWith("Antrag: "));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("wartet auf Freigabe");
        Axe.assertNoViolations(driver, "Antrag (Redaktion)");
        String detail = driver.getCurrentUrl();

        login(driver, "ab-publisher");
        driver.get(base() + PublishingController.PATH);
        Axe.assertNoViolations(driver, "Veröffentlichungen");
        driver.findElement(By.cssSelector("a[href='" + detail.substring(base().length()) + "']")).click();
        wait.until(d -> d.getTitle().startsWith("Antrag: "));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Sprechzeiten ab Januar")
                .contains("Neue Sprechzeiten");
        Axe.assertNoViolations(driver, "Antrag (Freigabe)");
        driver.findElement(By.id("approve-comment")).sendKeys("Freigegeben");
        driver.findElement(By.cssSelector("form[action$='/approve'] button")).click();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains("ausgeführt"));

        driver.manage().deleteAllCookies();
        driver.get(base() + path);
        assertThat(driver.getTitle()).contains("Neue Sprechzeiten");

        PortalHttp editor = new PortalHttp(port).loggedIn("ab-editor", PagesAppTest.PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("Beantragen", editor.get(PublishingController.link(path)).body());
        pages.put("Übersicht", editor.get(PublishingController.PATH).body());
        pages.put("Antrag", editor.get(detail.substring(base().length())).body());
        pages.put("Antrag fehlt", editor.get(PublishingController.PATH + "/00000000-0000-0000-0000-000000000000")
                .body());
        PortalHttp publisherHttp = new PortalHttp(port).loggedIn("ab-publisher", PagesAppTest.PASSWORD);
        String form = publisherHttp.get(PublishingController.link(path)).body();
        pages.put("Beantragen mit Fehlern", publisherHttp.post(PublishingController.PATH + "/new", Map.of("_csrf",
                PortalHttp.csrf(form), "path", path, "date", "gestern")).body());
        HtmlChecker.assertValid(pages);
    }
}
