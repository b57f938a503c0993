package de.serviceportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

@ExtendWith(BrowserSupport.class)
class AxeTest {

    private static PageServer pages;

    @BeforeAll
    static void startPages() {
        pages = PageServer.start();
    }

    @AfterAll
    static void stopPages() {
        pages.close();
    }

    @Test
    void findsNoViolationsOnAnAccessiblePage(WebDriver driver) {
        driver.get(pages.url("good.html"));

        assertThat(Axe.run(driver)).isEmpty();
        Axe.assertNoViolations(driver, "gute Testseite");
    }

    @Test
    void reportsMissingAltTextMissingLabelAndLowContrast(WebDriver driver) {
        driver.get(pages.url("bad.html"));

        List<Axe.Violation> violations = Axe.run(driver);

        assertThat(Axe.ruleIds(violations)).contains("image-alt", "label", "color-contrast");
        Axe.Violation imageAlt = violations.stream().filter(v -> v.id().equals("image-alt")).findFirst().orElseThrow();
        assertThat(imageAlt.impact()).isEqualTo("critical");
        assertThat(imageAlt.nodes()).singleElement()
                .satisfies(node -> assertThat(node.html()).startsWith("<img"))
                .satisfies(node -> assertThat(node.target()).containsExactly("img"));
    }

    @Test
    void assertionFailsListingEveryViolation(WebDriver driver) {
        driver.get(pages.url("bad.html"));

        assertThatThrownBy(() -> Axe.assertNoViolations(driver, "schlechte Testseite"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("schlechte Testseite")
                .hasMessageContaining("image-alt (critical)")
                .hasMessageContaining("label (critical)")
                .hasMessageContaining("color-contrast (serious)")
                .hasMessageContaining("<p class=\"blass\">");
    }

    @Test
    void checksAgainAfterNavigatingToAnotherPage(WebDriver driver) {
        driver.get(pages.url("bad.html"));
        assertThat(Axe.run(driver)).isNotEmpty();

        driver.get(pages.url("good.html"));
        assertThat(Axe.run(driver)).isEmpty();
    }
}
