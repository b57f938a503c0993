package de.serviceportal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.browser.PublicPages.NavEntry;
import de.serviceportal.browser.PublicPages.Page;
import de.serviceportal.browser.PublicPages.Site;
import de.serviceportal.testsupport.Axe;
import de.serviceportal.testsupport.Browser;
import de.serviceportal.testsupport.BrowserSupport;
import de.serviceportal.testsupport.HtmlChecker;
import de.serviceportal.testsupport.PortalHttp;

/**
 * The public portal as citizens use it, on the demo content of {@code light-modules/portal-sites}: every page type
 * of both sites and the regional entry page has no axe-core WCAG 2.1 A/AA violation (desktop and 375 px) and valid
 * HTML (Nu HTML checker), and skip link, navigation, breadcrumb, footer and mobile menu work.
 * One Spring context, one browser and one vnu run for the whole class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserSupport.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesBrowserTest {

    private static final int MOBILE_WIDTH = 375;
    private static final int MOBILE_HEIGHT = 812;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "public-pages");

    /** Elements reachable with Tab, in document order, without those that are not rendered. */
    private static final String FOCUSABLE_SCRIPT = """
            var selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary,'
                + ' iframe, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';
            return Array.prototype.filter.call(document.querySelectorAll(selector), function (el) {
              if (el.disabled || el.closest('[hidden], [inert]')) { return false; }
              var style = getComputedStyle(el);
              return style.display !== 'none' && style.visibility !== 'hidden' && el.getClientRects().length > 0;
            });
            """;

    private static final String HORIZONTAL_SCROLL_SCRIPT = """
            var doc = document.documentElement;
            return doc.scrollWidth > window.innerWidth || doc.scrollWidth > doc.clientWidth;
            """;

    /**
     * Boxes whose content sticks out sideways (e.g. a long e-mail address over the edge of its card), described as
     * "tag.class (content width > box width)". Scroll containers and visually hidden helpers are deliberate.
     */
    private static final String OVERFLOWING_SCRIPT = """
            var found = [];
            document.querySelectorAll('body *').forEach(function (el) {
              if (el instanceof SVGElement || el.closest('.visually-hidden, .skip-link')) { return; }
              var style = getComputedStyle(el);
              if (style.display === 'inline' || style.display === 'none' || style.overflowX !== 'visible') { return; }
              if (el.scrollWidth > el.clientWidth + 1) {
                found.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '')
                    + ' (' + el.scrollWidth + ' > ' + el.clientWidth + '): ' + el.textContent.trim().slice(0, 60));
              }
            });
            return found;
            """;

    /** Root element classes of the eight content components (all but the home page stage). */
    private static final List<String> CONTENT_COMPONENTS = List.of(
            "text-block", "text-image", "teaser", "link-list", "faq", "contact-box", "notice", "download-list");

    @LocalServerPort
    int port;

    private final List<Page> pages = PublicPages.all();
    private PortalHttp http;

    @BeforeAll
    void connect() {
        http = new PortalHttp(port);
    }

    static Stream<Site> sites() {
        return PublicPages.SITES.stream();
    }

    static Stream<Site> sitesAndRegion() {
        return Stream.concat(PublicPages.SITES.stream(), Stream.of(PublicPages.REGION));
    }

    // ---------------------------------------------------------------- axe-core, HTML validity, layout

    @Test
    void everyPageTypeHasNoAccessibilityViolationsAndOneH1AtDesktopWidth(Browser browser) {
        desktop(browser);
        SoftAssertions softly = new SoftAssertions();
        for (Page page : pages) {
            browser.open(url(page.path()));
            browser.screenshot(SCREENSHOTS.resolve("1280").resolve(fileName(page) + ".png"));
            softly.check(() -> Axe.assertNoViolations(browser.driver(), page.name()));
            softly.assertThat(browser.driver().findElements(By.tagName("h1"))).as("h1 on %s", page.name()).hasSize(1);
            softly.assertThat((List<?>) script(browser.driver(), OVERFLOWING_SCRIPT))
                    .as("boxes with content sticking out on %s", page.name()).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void everyPageHasNoAccessibilityViolationsAndNoHorizontalScrollingAt375Pixels(Browser browser) {
        try {
            mobile(browser);
            SoftAssertions softly = new SoftAssertions();
            for (Page page : pages) {
                browser.open(url(page.path()));
                browser.screenshot(SCREENSHOTS.resolve("375").resolve(fileName(page) + ".png"));
                assertThat(script(browser.driver(), "return window.innerWidth;")).isEqualTo((long) MOBILE_WIDTH);
                softly.check(() -> Axe.assertNoViolations(browser.driver(), page.name() + " (375 px)"));
                // clientWidth, not innerWidth: a vertical scroll bar takes 15 px of the 375 px in this browser.
                softly.assertThat(script(browser.driver(), HORIZONTAL_SCROLL_SCRIPT))
                        .as("horizontal scrolling on %s at %d px", page.name(), MOBILE_WIDTH).isEqualTo(Boolean.FALSE);
                softly.assertThat((List<?>) script(browser.driver(), OVERFLOWING_SCRIPT))
                        .as("boxes with content sticking out on %s at %d px", page.name(), MOBILE_WIDTH).isEmpty();
            }
            softly.assertAll();
        } finally {
            desktop(browser);
        }
    }

    @Test
    void serverHtmlOfEveryPageIsValid() {
        Map<String, String> html = new LinkedHashMap<>();
        for (Page page : pages) {
            HttpResponse<String> response = http.get(page.path());
            assertThat(response.statusCode()).as("status of %s (%s)", page.name(), page.path()).isEqualTo(page.status());
            assertThat(response.headers().firstValue("Content-Type")).as("content type of %s", page.name())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
            html.put(page.name(), response.body());
        }

        HtmlChecker.assertValid(html);
    }

    // ---------------------------------------------------------------- 404, language

    @ParameterizedTest
    @MethodSource("sitesAndRegion")
    void unknownAddressesGetStatus404AndTheSitesOwnNotFoundPage(Site site) {
        HttpResponse<String> response = http.get(PublicPages.unknownPath(site));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("<title>Seite nicht gefunden – " + site.title() + "</title>")
                .contains("<body class=\"site-" + site.name() + " ")
                .contains("<a class=\"brand\" href=\"" + site.home() + "\">");
    }

    @Test
    void englishPageUsesEnglishTitleAndInterfaceTexts(Browser browser) {
        desktop(browser);
        browser.open(url("/merseburg/en/buergerservice/antraege"));
        WebDriver driver = browser.driver();

        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Online applications");
        assertThat(driver.findElement(By.cssSelector(".main-nav")).getAttribute("aria-label")).isEqualTo("Main navigation");
        assertThat(driver.findElement(By.cssSelector(".skip-link")).getAttribute("textContent")).isEqualTo("Skip to content");
        assertThat(driver.findElement(By.cssSelector(".breadcrumb [aria-current=page]")).getText())
                .as("translated title instead of the German navigation title").isEqualTo("Online applications");

        // The demo content has no English texts: it stays German and must say so (WCAG 3.1.2 Language of Parts),
        // while the interface texts around it are English.
        assertThat(languageOf(driver, ".page-heading__title")).isEqualTo("en");
        assertThat(languageOf(driver, ".page-heading__lead")).isEqualTo("de");
        assertThat(languageOf(driver, ".text-block__title")).isEqualTo("de");
        assertThat(languageOf(driver, ".faq__question")).isEqualTo("de");
        assertThat(languageOf(driver, ".text-image__figure img")).isEqualTo("de");
        assertThat(languageOf(driver, ".notice__label")).isEqualTo("en");
        assertThat(languageOf(driver, ".contact-box__details dt")).isEqualTo("en");
        assertThat(languageOf(driver, ".footer-nav a")).isEqualTo("en");

        browser.open(url("/merseburg/buergerservice/antraege"));
        assertThat(driver.findElements(By.cssSelector("[lang]"))).as("on a German page only <html> has lang")
                .extracting(element -> element.getTagName()).containsExactly("html");
    }

    /** The language an element is read in: its own or its nearest ancestor's lang attribute. */
    private static String languageOf(WebDriver driver, String selector) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector(arguments[0]).closest('[lang]').getAttribute('lang');", selector);
    }

    // ---------------------------------------------------------------- skip link and keyboard

    @ParameterizedTest
    @MethodSource("sitesAndRegion")
    void skipLinkIsTheFirstFocusableElementAndTargetsTheMainContent(Site site, Browser browser) {
        desktop(browser);
        for (String path : subPagesAndHome(site)) {
            browser.open(url(path));
            WebDriver driver = browser.driver();
            List<?> focusable = (List<?>) script(driver, FOCUSABLE_SCRIPT);

            assertThat(focusable).as("focusable elements on %s", path).isNotEmpty();
            WebElement first = (WebElement) focusable.get(0);
            assertThat(first.getAttribute("class")).as("first focusable element on %s", path).contains("skip-link");
            assertThat(first.getAttribute("textContent")).isEqualTo("Zum Inhalt springen");
            assertThat(first.getDomAttribute("href")).isEqualTo("#inhalt");
            assertThat(driver.findElements(By.cssSelector("main#inhalt"))).as("main#inhalt on %s", path).hasSize(1);
            assertThat(driver.findElements(By.tagName("main"))).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("sitesAndRegion")
    void tabFromTheTopReachesTheSkipLinkFirstAndEnterMovesFocusIntoMain(Site site, Browser browser) {
        desktop(browser);
        browser.open(url(site.home()));
        WebDriver driver = browser.driver();

        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skipLink = driver.switchTo().activeElement();
        assertThat(skipLink.getAttribute("class")).contains("skip-link");
        // Visible when focused (WCAG 2.4.7): inside the viewport, not only in the accessibility tree.
        assertThat(skipLink.isDisplayed()).isTrue();
        assertThat(skipLink.getRect().getY()).isGreaterThanOrEqualTo(0);

        skipLink.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("inhalt");
        assertThat(driver.getCurrentUrl()).endsWith("#inhalt");

        // The next Tab continues inside the main content, not at the header again.
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat((Boolean) script(driver, "return document.getElementById('inhalt').contains(document.activeElement);"))
                .as("focus after the skip link is inside main#inhalt").isTrue();
    }

    // ---------------------------------------------------------------- navigation, breadcrumb, footer

    @ParameterizedTest
    @MethodSource("sites")
    void mainNavigationListsTheTopLevelPagesAndMarksTheCurrentOne(Site site, Browser browser) {
        desktop(browser);
        WebDriver driver = browser.driver();

        browser.open(url(site.home()));
        assertThat(navEntries(driver)).containsExactlyElementsOf(site.navigation());
        assertThat(ariaCurrentInNav(driver)).as("home page is not in the navigation").allMatch(v -> v == null);

        browser.open(url(site.section().path()));
        assertThat(navEntries(driver)).containsExactlyElementsOf(site.navigation());
        assertThat(ariaCurrentInNav(driver)).containsExactlyElementsOf(
                site.navigation().stream().map(e -> e.equals(site.section()) ? "page" : null).toList());

        browser.open(url(site.componentPage()));
        assertThat(ariaCurrentInNav(driver)).containsExactlyElementsOf(
                site.navigation().stream().map(e -> e.equals(site.section()) ? "true" : null).toList());
    }

    @ParameterizedTest
    @MethodSource("sites")
    void subPagesHaveABreadcrumbFromTheHomePageAndTheHomePageHasNone(Site site, Browser browser) {
        desktop(browser);
        WebDriver driver = browser.driver();

        browser.open(url(site.home()));
        assertThat(driver.findElements(By.cssSelector("nav.breadcrumb"))).isEmpty();

        browser.open(url(site.componentPage()));
        WebElement breadcrumb = driver.findElement(By.cssSelector("nav[aria-label='Brotkrumennavigation']"));
        List<WebElement> links = breadcrumb.findElements(By.cssSelector("ol > li > a"));
        assertThat(links).extracting(WebElement::getText)
                .containsExactly("Startseite", site.section().title(), site.componentPageNavTitle());
        assertThat(links).extracting(a -> a.getDomAttribute("href"))
                .containsExactly(site.home(), site.section().path(), site.componentPage());
        assertThat(links).extracting(a -> a.getDomAttribute("aria-current")).containsExactly(null, null, "page");
    }

    @ParameterizedTest
    @MethodSource("sitesAndRegion")
    void footerLinksToTheSitesLegalPagesAndTheyResolve(Site site, Browser browser) {
        desktop(browser);
        browser.open(url(site.home()));
        Map<String, String> links = new LinkedHashMap<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector("footer nav.footer-nav a"))) {
            links.put(a.getText(), a.getDomAttribute("href"));
        }

        assertThat(links).containsEntry("Impressum", site.path("/impressum"))
                .containsEntry("Datenschutz", site.path("/datenschutz"))
                .containsEntry("Erklärung zur Barrierefreiheit", site.path("/barrierefreiheit"))
                .containsEntry("Leichte Sprache", site.path("/leichte-sprache"));
        links.forEach((text, href) -> {
            HttpResponse<String> response = http.get(href);
            assertThat(response.statusCode()).as("footer link '%s' -> %s", text, href).isEqualTo(200);
        });
    }

    @ParameterizedTest
    @MethodSource("sites")
    void footerContentOfTheHomePageIsInheritedBySubPages(Site site, Browser browser) {
        desktop(browser);
        browser.open(url(site.home()));
        String homeFooter = footerArea(browser.driver());
        assertThat(homeFooter).contains("contact-box").contains("link-list");

        for (String path : List.of(site.section().path(), site.componentPage(), site.path("/leichte-sprache"))) {
            browser.open(url(path));
            assertThat(footerArea(browser.driver())).as("footer of %s", path).isEqualTo(homeFooter);
        }
    }

    @ParameterizedTest
    @MethodSource("sites")
    void componentPageShowsEveryContentComponent(Site site, Browser browser) {
        desktop(browser);
        browser.open(url(site.componentPage()));
        WebElement main = browser.driver().findElement(By.id("inhalt"));

        for (String component : CONTENT_COMPONENTS) {
            assertThat(main.findElements(By.className(component))).as("%s in main of %s", component, site.componentPage())
                    .isNotEmpty();
        }
    }

    // ---------------------------------------------------------------- mobile menu

    @ParameterizedTest
    @MethodSource("sites")
    void mobileMenuButtonOpensAndClosesTheNavigation(Site site, Browser browser) {
        WebDriver driver = browser.driver();
        try {
            mobile(browser);
            browser.open(url(site.section().path()));
            WebElement toggle = driver.findElement(By.cssSelector("button.nav-toggle"));
            List<WebElement> navLinks = driver.findElements(By.cssSelector("nav.main-nav a"));

            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
            assertThat(driver.findElement(By.id(toggle.getDomAttribute("aria-controls")))).isNotNull();
            assertThat(navLinks).noneMatch(WebElement::isDisplayed);

            toggle.click();
            assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
            assertThat(navLinks).allMatch(WebElement::isDisplayed);
            browser.screenshot(SCREENSHOTS.resolve("375").resolve(site.name() + "-menu-open.png"));
            assertThat(script(driver, HORIZONTAL_SCROLL_SCRIPT)).as("horizontal scrolling with open menu").isEqualTo(false);
            Axe.assertNoViolations(driver, site.name() + " mit geöffnetem Menü (375 px)");

            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
            assertThat(navLinks).noneMatch(WebElement::isDisplayed);
            assertThat(driver.switchTo().activeElement()).isEqualTo(toggle);

            // Keyboard users open it with Enter, like any button.
            toggle.sendKeys(Keys.ENTER);
            assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
            navLinks.get(0).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().endsWith(site.navigation().get(0).path()));
        } finally {
            desktop(browser);
        }
    }

    @ParameterizedTest
    @MethodSource("sites")
    void withoutJavaScriptTheNavigationIsShownAndTheMenuButtonIsNot(Site site, Browser browser) {
        ChromiumDriver driver = (ChromiumDriver) browser.driver();
        try {
            mobile(browser);
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            browser.open(url(site.home()));

            assertThat(driver.findElement(By.tagName("html")).getDomAttribute("class")).as("theme.js did not run")
                    .isNull();
            assertThat(driver.findElement(By.cssSelector("button.nav-toggle")).isDisplayed()).isFalse();
            List<WebElement> navLinks = driver.findElements(By.cssSelector("nav.main-nav a"));
            assertThat(navLinks).extracting(WebElement::getText)
                    .containsExactlyElementsOf(site.navigation().stream().map(NavEntry::title).toList());
            assertThat(navLinks).allMatch(WebElement::isDisplayed);
            browser.screenshot(SCREENSHOTS.resolve("375").resolve(site.name() + "-without-js.png"));
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            desktop(browser);
        }
    }

    // ---------------------------------------------------------------- helpers

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static List<String> subPagesAndHome(Site site) {
        if (site.section() == null) {
            return List.of(site.home(), site.path("/barrierefreiheit"));
        }
        return List.of(site.home(), site.section().path(), site.componentPage());
    }

    private static List<NavEntry> navEntries(WebDriver driver) {
        return driver.findElements(By.cssSelector("nav[aria-label='Hauptnavigation'] a")).stream()
                .map(a -> new NavEntry(a.getText(), a.getDomAttribute("href")))
                .toList();
    }

    private static List<String> ariaCurrentInNav(WebDriver driver) {
        return driver.findElements(By.cssSelector("nav[aria-label='Hauptnavigation'] a")).stream()
                .map(a -> a.getDomAttribute("aria-current"))
                .toList();
    }

    private static String footerArea(WebDriver driver) {
        return driver.findElement(By.cssSelector("footer .site-footer__area")).getAttribute("innerHTML").strip();
    }

    private static Object script(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static String fileName(Page page) {
        return page.name().replaceAll("[^A-Za-z0-9äöüÄÖÜß-]+", "-");
    }

    private static void desktop(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(Browser.WIDTH, Browser.HEIGHT));
    }

    private static void mobile(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(MOBILE_WIDTH, MOBILE_HEIGHT));
    }
}
