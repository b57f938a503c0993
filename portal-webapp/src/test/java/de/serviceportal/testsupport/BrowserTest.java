package de.serviceportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

@ExtendWith(BrowserSupport.class)
class BrowserTest {

    private static PageServer pages;
    private static Browser browserOfBeforeAll;

    @BeforeAll
    static void startPages(Browser browser) {
        pages = PageServer.start();
        browserOfBeforeAll = browser;
    }

    @AfterAll
    static void stopPages() {
        pages.close();
    }

    @Test
    void opensAPageAndReadsItsTitle(Browser browser) {
        browser.open(pages.url("good.html"));

        assertThat(browser.title()).isEqualTo("Testseite – barrierefrei");
        assertThat(browser.pageSource()).contains("Bürgerservice Merseburg");
    }

    @Test
    void runsHeadlessInGermanWithTheAgreedWindowSize(WebDriver driver) {
        driver.get(pages.url("good.html"));
        JavascriptExecutor js = (JavascriptExecutor) driver;

        assertThat(js.executeScript("return navigator.language")).isEqualTo("de-DE");
        assertThat((String) js.executeScript("return navigator.userAgent")).contains("HeadlessChrome");
        assertThat(driver.manage().window().getSize()).isEqualTo(new Dimension(Browser.WIDTH, Browser.HEIGHT));
    }

    @Test
    void sharesOneBrowserPerTestClass(Browser browser, WebDriver driver) {
        assertThat(browser).isSameAs(browserOfBeforeAll);
        assertThat(driver).isSameAs(browser.driver());
    }

    @Test
    void failsWithAnInstallHintWhenChromiumIsMissing() {
        Path missing = Path.of("/nonexistent/chromium");

        assertThatThrownBy(() -> Browser.start(missing, Browser.CHROMEDRIVER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("install chromium chromium-driver (apt-get install -y chromium chromium-driver)");
    }
}
