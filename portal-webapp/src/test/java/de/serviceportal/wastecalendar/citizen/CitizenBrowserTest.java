package de.serviceportal.wastecalendar.citizen;

import static de.serviceportal.wastecalendar.citizen.CitizenPages.SAALEKREIS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.testsupport.Axe;
import de.serviceportal.testsupport.Browser;
import de.serviceportal.testsupport.BrowserSupport;

/**
 * The component "Abfallkalender" in a real browser: select steps and type-ahead, view switching, fraction filter,
 * download links; axe (WCAG 2.1 A/AA) on every view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserSupport.class)
class CitizenBrowserTest {

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void selectStepsAreAccessible(Browser browser) {
        WebDriver driver = browser.driver();
        browser.open(url(SAALEKREIS));
        Axe.assertNoViolations(driver, "Abfallkalender: Start");

        new Select(driver.findElement(By.name("municipality"))).selectByVisibleText("Merseburg");
        submit(driver, ".wc-steps button[type=submit]");
        Axe.assertNoViolations(driver, "Abfallkalender: Ortsteil");

        new Select(driver.findElement(By.name("ortsteil"))).selectByVisibleText("Merseburg");
        submit(driver, ".wc-steps button[type=submit]");
        Axe.assertNoViolations(driver, "Abfallkalender: Straße");

        new Select(driver.findElement(By.name("street"))).selectByVisibleText("Gotthardstraße");
        submit(driver, ".wc-steps button[type=submit]");
        Axe.assertNoViolations(driver, "Abfallkalender: Hausnummer");

        driver.findElement(By.name("number")).sendKeys("7");
        submit(driver, ".wc-steps button[type=submit]");
        assertThat(driver.findElement(By.cssSelector(".wc-address")).getText())
                .contains("Gotthardstraße 1–49 (ungerade), Merseburg");
        Axe.assertNoViolations(driver, "Abfallkalender: Liste");

        browser.open(url(SAALEKREIS + "?q=Gothardstrase"));
        assertThat(driver.findElement(By.cssSelector(".wc-results .wc-message")).getText()).contains("Meinten Sie");
        Axe.assertNoViolations(driver, "Abfallkalender: Fehler mit Vorschlägen");
    }

    @Test
    void typeAheadViewsFilterAndDownloads(Browser browser) {
        WebDriver driver = browser.driver();
        browser.open(url(SAALEKREIS));
        WebElement q = driver.findElement(By.name("q"));
        q.sendKeys("Gotthardstr");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".wc-live a")));
        List<WebElement> suggestions = driver.findElements(By.cssSelector(".wc-live a"));
        assertThat(suggestions).extracting(WebElement::getText).contains("Gotthardstraße ab 51, Merseburg");
        assertThat(driver.findElement(By.cssSelector(".wc-live-status")).getText()).contains("Vorschl");
        Axe.assertNoViolations(driver, "Abfallkalender: Vorschläge beim Tippen");

        WebElement target = suggestions.stream().filter(a -> a.getText().startsWith("Gotthardstraße ab 51")).findFirst()
                .orElseThrow();
        target.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wc-address")));
        assertThat(driver.findElement(By.cssSelector(".wc-address")).getText()).contains("Gotthardstraße ab 51");
        assertThat(driver.findElements(By.cssSelector(".wc-list table caption"))).isNotEmpty();

        // downloads are links to the ICS, the webcal subscription and the PDF
        assertThat(driver.findElement(By.cssSelector("a.wc-download--ics")).getAttribute("href")).contains(".ics?site=saalekreis");
        assertThat(driver.findElement(By.cssSelector("a.wc-download--webcal")).getAttribute("href")).startsWith("webcal://");
        assertThat(driver.findElement(By.cssSelector("a.wc-download--pdf")).getAttribute("href")).contains(".pdf?site=saalekreis");

        // month view: a real table with caption and header cells
        click(driver, By.linkText("Monat"));
        WebElement table = driver.findElement(By.cssSelector(".wc-month__table"));
        assertThat(table.findElement(By.tagName("caption")).getText()).startsWith("Abfuhrtermine im");
        assertThat(table.findElements(By.cssSelector("thead th[scope=col]"))).hasSize(8);
        assertThat(driver.findElement(By.linkText("Monat")).getAttribute("aria-current")).isEqualTo("page");
        Axe.assertNoViolations(driver, "Abfallkalender: Monat");
        click(driver, By.linkText("Nächster Monat"));
        assertThat(driver.findElement(By.cssSelector(".wc-month__table caption")).getText()).startsWith("Abfuhrtermine im");
        Axe.assertNoViolations(driver, "Abfallkalender: Folgemonat");

        // fraction filter: only Restabfall left in the list
        click(driver, By.linkText("Liste"));
        for (WebElement box : driver.findElements(By.cssSelector(".wc-filter input[type=checkbox]"))) {
            if (box.isSelected() != "restabfall".equals(box.getAttribute("value"))) {
                box.click();
            }
        }
        click(driver, By.cssSelector(".wc-filter button[type=submit]"));
        List<String> shown = driver.findElements(By.cssSelector(".wc-list .wc-badge__name")).stream()
                .map(WebElement::getText).distinct().toList();
        assertThat(shown).containsExactly("Restabfall");
        assertThat(driver.findElement(By.cssSelector("a.wc-download--ics")).getAttribute("href")).contains("fractions=restabfall");
        Axe.assertNoViolations(driver, "Abfallkalender: Filter");

        click(driver, By.linkText("Druckansicht"));
        assertThat(driver.findElement(By.cssSelector(".wc--print"))).isNotNull();
        assertThat(driver.findElement(By.cssSelector(".wc-print-button")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
        Axe.assertNoViolations(driver, "Abfallkalender: Druckansicht");
    }

    private static void click(WebDriver driver, By by) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(old));
    }

    private static void submit(WebDriver driver, String css) {
        click(driver, By.cssSelector(css));
    }
}
