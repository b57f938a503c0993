package de.serviceportal.wastecalendar.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.security.StaffAccounts;
import de.serviceportal.testsupport.Axe;
import de.serviceportal.testsupport.BrowserSupport;
import de.serviceportal.wastecalendar.importer.PlanFiles;
import de.serviceportal.wastecalendar.persistence.PlanEditor;
import de.serviceportal.wastecalendar.reminders.Reminders;
import de.serviceportal.wastecalendar.search.AddressSearch;

/**
 * The staff screens in headless Chromium: no axe-core WCAG 2.1 A/AA violation on the import form, on the error
 * report of a dry run submitted through the real form (file inputs), and on the outbox; the citizen pages of the
 * mail links too; the editing screens (tours, a tour with a rejected rule, streets). Same Spring context as
 * {@link WasteStaffScreensTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WasteStaffScreensTest.CONTEXT)
@ExtendWith(BrowserSupport.class)
class WasteStaffBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Reminders reminders;
    @Autowired
    AddressSearch search;
    @Autowired
    PlanEditor editor;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void staffScreensHaveNoAccessibilityViolations(WebDriver driver) throws Exception {
        WasteStaffScreensTest.createAccounts(accounts);
        long address = search.search("Gotthardstra", 5).matches().get(0).id();
        reminders.subscribe(new Reminders.Request("axe." + System.nanoTime() + "@beispiel.de",
                String.valueOf(address), List.of("restabfall"), "evening", "merseburg"));

        driver.get(url("/.login"));
        driver.findElement(By.id("username")).sendKeys("waste-editor");
        driver.findElement(By.id("password")).sendKeys(WasteStaffScreensTest.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/.login"));

        for (String path : List.of(WasteStaffScreensTest.IMPORT, WasteStaffScreensTest.OUTBOX)) {
            driver.get(url(path));
            assertThat(driver.findElements(By.tagName("h1"))).as(path).hasSize(1);
            Axe.assertNoViolations(driver, path);
        }

        // A dry run through the real form, with a broken touren.csv: the report comes first and is announced.
        PlanFiles demo = PlanFiles.fromClasspath("waste-calendar/demo/2026");
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "waste-import-");
        Path tours = Files.writeString(dir.resolve("touren.csv"),
                demo.tours().replaceFirst("Montag", "Montagg"), StandardCharsets.UTF_8);
        Path streets = Files.writeString(dir.resolve("strassen.csv"), demo.streets(), StandardCharsets.UTF_8);
        driver.get(url(WasteStaffScreensTest.IMPORT));
        driver.findElement(By.id("jahr")).clear();
        driver.findElement(By.id("jahr")).sendKeys("2026");
        driver.findElement(By.id("touren")).sendKeys(tours.toString());
        driver.findElement(By.id("strassen")).sendKeys(streets.toString());
        driver.findElement(By.cssSelector("button[value=probelauf]")).click();
        String alert = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]"))).getText();
        assertThat(alert).contains("Probelauf").contains("kann nicht importiert werden");
        assertThat(driver.findElement(By.cssSelector("#bericht table")).getText()).contains("touren.csv")
                .contains("Montagg");
        Axe.assertNoViolations(driver, WasteStaffScreensTest.IMPORT + " mit Fehlerbericht");

        // The editing screens: tour list, a tour with its forms, an invalid rule through the real form (errors
        // announced, linked to the fields), the street search and a street with its tours.
        driver.get(url(WastePlanEditingTest.TOURS + "?jahr=2026"));
        Axe.assertNoViolations(driver, WastePlanEditingTest.TOURS);
        PlanEditor.TourInfo tour = editor.tours(2026).get(0);
        driver.get(url(WastePlanEditingTest.TOUR + "?jahr=2026&tour=" + tour.key()));
        Axe.assertNoViolations(driver, "Tour " + tour.key());
        new Select(driver.findElement(By.id("rhythmus"))).selectByValue("2");
        new Select(driver.findElement(By.id("kw"))).selectByValue("");
        driver.findElement(By.id("start")).clear();
        driver.findElement(By.cssSelector("#regel-form button[type=submit]")).click();
        String ruleAlert = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#regel-form [role=alert]"))).getText();
        assertThat(ruleAlert).contains("Es wurde nichts gespeichert")
                .contains("14-tägliche Abfuhr braucht gerade oder ungerade Kalenderwochen oder ein Startdatum.");
        assertThat(driver.findElement(By.id("kw")).getAttribute("aria-invalid")).isEqualTo("true");
        Axe.assertNoViolations(driver, "Tour " + tour.key() + " mit Fehlern");
        driver.get(url(WastePlanEditingTest.STREETS + "?q=gotthard"));
        Axe.assertNoViolations(driver, WastePlanEditingTest.STREETS + " (Treffer)");
        driver.findElement(By.cssSelector("main ul a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
        Axe.assertNoViolations(driver, WastePlanEditingTest.STREETS + " (Straße)");

        driver.get(url("/.rest/waste-calendar/v1/reminders/unsubscribe?token=unbekannt"));
        Axe.assertNoViolations(driver, "Abmeldelink ungültig");
    }
}
