package de.serviceportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs axe-core (from {@link TestTools#axeScript()}) against the page currently loaded in a {@link WebDriver},
 * restricted to the WCAG 2.0/2.1 A and AA rules that the BITV 2.0 refers to.
 *
 * <pre>{@code
 * browser.open(url);
 * Axe.assertNoViolations(browser.driver(), "Startseite");
 * }</pre>
 */
public final class Axe {

    /** The axe rule tags that are checked. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    // JSON.stringify in the page: one string crosses the wire instead of nested maps that Selenium converts lossily.
    private static final String RUN_SCRIPT = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
                .then(function (result) { done(JSON.stringify(result.violations)); },
                      function (error) { done('AXE-ERROR: ' + error); });
            """.formatted(TAGS.stream().map(tag -> "'" + tag + "'").collect(Collectors.joining(", ", "[", "]")));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axeSource;

    private Axe() {
    }

    /** One failed rule with all elements it failed on. */
    public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder()
                    .append(id).append(" (").append(impact).append("): ").append(help).append(" <").append(helpUrl).append('>');
            for (Node node : nodes) {
                text.append("\n      ").append(node);
            }
            return text.toString();
        }
    }

    /** An element that failed a rule: its CSS selector path(s) and its opening HTML. */
    public record Node(List<String> target, String html) {

        @Override
        public String toString() {
            return String.join(" ", target) + "  " + html;
        }
    }

    /** Runs axe on the current page and returns its WCAG A/AA violations (empty when there are none). */
    public static List<Violation> run(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // Re-checked on every call: navigating to another page drops the injected script.
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axeSource());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript(RUN_SCRIPT);
        if (!(result instanceof String json) || json.startsWith("AXE-ERROR: ")) {
            throw new IllegalStateException("axe.run failed on " + driver.getCurrentUrl() + ": " + result);
        }
        return parse(json);
    }

    /** Fails, listing every violation, when axe finds WCAG A/AA violations on the current page. */
    public static void assertNoViolations(WebDriver driver, String pageName) {
        List<Violation> violations = run(driver);
        assertThat(violations)
                .withFailMessage(() -> describe(pageName + " <" + driver.getCurrentUrl() + ">", violations))
                .isEmpty();
    }

    /** The rule ids of {@code violations}, e.g. to assert on expected ones. */
    public static List<String> ruleIds(List<Violation> violations) {
        return violations.stream().map(Violation::id).toList();
    }

    static String describe(String page, List<Violation> violations) {
        return violations.size() + " accessibility violation(s) (axe, " + String.join("/", TAGS) + ") on " + page + ":\n"
                + violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n"));
    }

    static List<Violation> parse(String json) {
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : JSON.readTree(json)) {
            List<Node> nodes = new ArrayList<>();
            for (JsonNode n : v.path("nodes")) {
                nodes.add(new Node(targets(n.path("target")), n.path("html").asString("")));
            }
            violations.add(new Violation(v.path("id").asString(""), v.path("impact").asString(""),
                    v.path("help").asString(""), v.path("helpUrl").asString(""), List.copyOf(nodes)));
        }
        return List.copyOf(violations);
    }

    /** Targets are selectors, or selector chains for elements inside iframes / shadow roots. */
    private static List<String> targets(JsonNode target) {
        List<String> selectors = new ArrayList<>();
        for (JsonNode t : target) {
            if (t.isArray()) {
                List<String> chain = new ArrayList<>();
                t.forEach(part -> chain.add(part.asString()));
                selectors.add(String.join(" >>> ", chain));
            } else {
                selectors.add(t.asString());
            }
        }
        return List.copyOf(selectors);
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try {
                axeSource = Files.readString(TestTools.axeScript(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read axe-core", e);
            }
        }
        return axeSource;
    }
}
