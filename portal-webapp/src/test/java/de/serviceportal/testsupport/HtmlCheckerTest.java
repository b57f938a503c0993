package de.serviceportal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HtmlCheckerTest {

    @Test
    void checksSeveralPagesInOneRunAndReportsErrorsPerPage() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("gute Seite", PageServer.source("good.html"));
        pages.put("schlechte Seite", PageServer.source("bad.html"));

        Map<String, List<HtmlChecker.Message>> result = HtmlChecker.check(pages);

        assertThat(result).containsOnlyKeys("gute Seite", "schlechte Seite");
        assertThat(result.get("gute Seite")).noneMatch(HtmlChecker.Message::isError);
        List<String> errors = result.get("schlechte Seite").stream()
                .filter(HtmlChecker.Message::isError).map(HtmlChecker.Message::message).toList();
        assertThat(errors)
                .anyMatch(m -> m.contains("alt"))
                .anyMatch(m -> m.contains("Duplicate ID"))
                .anyMatch(m -> m.contains("blink"))
                .anyMatch(m -> m.contains("span"));
        assertThat(result.get("schlechte Seite")).allSatisfy(m -> assertThat(m.url()).endsWith("schlechte_Seite.html"));
    }

    @Test
    void assertValidFailsListingTheErrorsOfTheInvalidPageOnly() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("gute Seite", PageServer.source("good.html"));
        pages.put("schlechte Seite", PageServer.source("bad.html"));

        assertThatThrownBy(() -> HtmlChecker.assertValid(pages))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("schlechte Seite: ")
                .hasMessageContaining("Duplicate ID")
                .hasMessageContaining("line ")
                .hasMessageNotContaining("gute Seite");
    }

    @Test
    void assertValidPassesForAValidPage() {
        HtmlChecker.assertValid("gute Seite", PageServer.source("good.html"));
    }

    @Test
    void treatsNonDocumentErrorsAsFailuresAndInfoWarningsAsWarnings() {
        HtmlChecker.Message nonDocument = new HtmlChecker.Message("non-document-error", "io", "Cannot read", null, null, null);
        HtmlChecker.Message warning = new HtmlChecker.Message("info", "warning", "Consider", "file:/x.html", 3, null);
        HtmlChecker.Message info = new HtmlChecker.Message("info", null, "Note", "file:/x.html", 3, null);

        assertThat(nonDocument.isError()).isTrue();
        assertThat(warning.isError()).isFalse();
        assertThat(warning.isWarning()).isTrue();
        assertThat(info.isError()).isFalse();
        assertThat(info.isWarning()).isFalse();
    }
}
