package de.serviceportal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.repository.ContentStages;
import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.Axe;
import de.serviceportal.testsupport.Browser;
import de.serviceportal.testsupport.BrowserSupport;
import de.serviceportal.testsupport.HtmlChecker;
import de.serviceportal.testsupport.PortalHttp;

/** The page editor in Chromium: moving a component by keyboard, deleting it; axe and Nu on every state. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.test.context=pages-app")
@ExtendWith(BrowserSupport.class)
class PageEditorBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ContentStages stages;

    @Test
    void anEditorReordersAndDeletesComponentsByKeyboard(Browser browser) {
        if (accounts.find("editor-browser").isEmpty()) {
            accounts.create("editor-browser", PagesAppTest.PASSWORD, "Redaktion Seiteneditor", null,
                    Set.of(StaffRole.EDITOR));
        }
        String page = "/merseburg/editor-browser-" + System.nanoTime();
        stages.draft().write(session -> {
            Node node = session.getNode("/website/merseburg").addNode(page.substring(11), "mgnl:page");
            node.setProperty("mgnl:template", "portal-theme:pages/content");
            node.setProperty("title", "Seiteneditor im Browser");
            Node main = node.addNode("main", "mgnl:area");
            for (String name : List.of("eins", "zwei")) {
                Node text = main.addNode(name, "mgnl:component");
                text.setProperty("mgnl:template", "portal-theme:components/text");
                text.setProperty("headline", "Abschnitt " + name);
                text.setProperty("text", "<p>Text " + name + "</p>");
            }
            return null;
        });
        String base = "http://127.0.0.1:" + port;
        browser.logIn(base, "editor-browser", PagesAppTest.PASSWORD);
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));

        String edit = base + PageEditorController.EDIT + "?path=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
        browser.open(edit);
        assertThat(browser.driver().findElement(By.cssSelector(".pe-toolbar")).getText())
                .contains("Seiteneditor").contains("Seiteneigenschaften");
        Axe.assertNoViolations(browser.driver(), "Seiteneditor");

        // the "add" choice opens by keyboard and lists the area's components
        WebElement add = browser.driver().findElement(By.cssSelector("[data-pe-area$='/main'] .pe-add summary"));
        add.sendKeys(Keys.ENTER);
        assertThat(browser.driver().findElement(By.cssSelector("[data-pe-area$='/main'] .pe-add ul")).getText())
                .contains("Text").contains("Text mit Bild");
        Axe.assertNoViolations(browser.driver(), "Seiteneditor, Komponente hinzufügen");

        WebElement down = browser.driver().findElement(By.cssSelector("[data-pe-name='eins'] button.pe-button"));
        assertThat(down.getText()).startsWith("Nach unten");
        down.sendKeys(Keys.ENTER);
        wait.until(driver -> driver.getCurrentUrl().contains("notice=verschoben"));
        assertThat(browser.driver().findElement(By.cssSelector(".pe-notice")).getText())
                .isEqualTo("Die Komponente wurde verschoben.");
        assertThat(order(page)).containsExactly("zwei", "eins");

        browser.driver().findElement(By.cssSelector("[data-pe-name='zwei'] a[href*='/delete']")).sendKeys(Keys.ENTER);
        wait.until(driver -> driver.getTitle().startsWith("Komponente löschen"));
        Axe.assertNoViolations(browser.driver(), "Komponente löschen");
        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
        wait.until(driver -> driver.getCurrentUrl().contains("notice=geloescht"));
        assertThat(order(page)).containsExactly("eins");
        Axe.assertNoViolations(browser.driver(), "Seiteneditor nach dem Löschen");

        PortalHttp editor = new PortalHttp(port).loggedIn("editor-browser", PagesAppTest.PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("Seiteneditor", editor.get(PageEditorController.EDIT + "?path="
                + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&notice=geloescht").body());
        pages.put("Seiteneditor Startseite", editor.get(PageEditorController.EDIT + "?path=/merseburg").body());
        pages.put("Seiteneditor englisch", editor.get(PageEditorController.EDIT + "?path=/merseburg&lang=en").body());
        pages.put("Komponente löschen", editor.get(PageEditorController.EDIT + "/delete?page="
                + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&path="
                + URLEncoder.encode(page + "/main/eins", StandardCharsets.UTF_8)).body());
        HtmlChecker.assertValid(pages);
    }

    private List<String> order(String page) {
        return stages.draft().read(session -> {
            List<String> names = new ArrayList<>();
            for (NodeIterator it = session.getNode("/website" + page + "/main").getNodes(); it.hasNext();) {
                names.add(it.nextNode().getName());
            }
            return names;
        });
    }
}
