package de.serviceportal.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

/**
 * JUnit 5 extension that starts one headless {@link Browser} per test class (starting Chromium costs about a
 * second) and quits it after the class. Test methods, {@code @BeforeAll}/{@code @BeforeEach} methods and
 * constructors receive it as a {@link Browser} or {@link WebDriver} parameter. {@code @Nested} classes share the
 * browser of their enclosing class.
 *
 * <pre>{@code
 * @ExtendWith(BrowserSupport.class)
 * class StartPageBrowserTest {
 *     @Test
 *     void isAccessible(Browser browser) {
 *         browser.open(baseUrl + "/");
 *         Axe.assertNoViolations(browser.driver(), "Startseite");
 *     }
 * }
 * }</pre>
 */
public final class BrowserSupport implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserSupport.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        browser(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // remove() only touches this class's own store: a @Nested class never quits its outer class's browser.
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = browser(context);
        return parameter.getParameter().getType() == WebDriver.class ? browser.driver() : browser;
    }

    /** The browser of the current test class (started on first use), e.g. for other extensions. */
    public static Browser browser(ExtensionContext context) {
        // Always keep it in the class-level store: a method-level store would close it after one test.
        // Also started here, not only in beforeAll, because a PER_CLASS test instance is built before beforeAll.
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        // computeIfAbsent looks into the enclosing classes' stores first, so @Nested classes reuse the outer browser.
        return classContext.getStore(NAMESPACE).computeIfAbsent(Browser.class, key -> Browser.start(), Browser.class);
    }
}
