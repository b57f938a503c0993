package de.serviceportal.security;

import de.serviceportal.testsupport.PortalHttp;
import static de.serviceportal.testsupport.PortalHttp.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Login, logout, CSRF, lockout, headers and firewall over real HTTP. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:security-login-flow;DB_CLOSE_DELAY=-1",
        "portal.bootstrap.admin-password=" + LoginFlowTest.ADMIN_PASSWORD })
@Import(StaffAreaTestEndpoints.class)
class LoginFlowTest {

    static final String ADMIN_PASSWORD = "Konfiguriertes-Admin-Passwort-1";
    private static final String FAILED = "Anmeldung fehlgeschlagen: Benutzername oder Passwort ist falsch.";


    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    LoginAttempts attempts;

    @Test
    void loginPageIsAccessibleGermanHtmlWithCsrfField() {
        HttpResponse<String> response = new PortalHttp(port).get("/.login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
        assertThat(response.body()).startsWith("<!DOCTYPE html>");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(page.title()).isNotBlank();
        assertThat(page.select("h1")).hasSize(1);
        Element form = page.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/.login");
        assertThat(form.selectFirst("input[type=hidden][name=_csrf]").attr("value")).isNotBlank();
        assertLabelled(page, "username", "username");
        assertLabelled(page, "password", "current-password");
        assertThat(page.select("[role=alert]")).isEmpty();
    }

    @Test
    void loginPageSendsStrictSecurityHeaders() throws Exception {
        HttpResponse<String> response = new PortalHttp(port).get("/.login");

        String css = response.body().substring(response.body().indexOf("<style>") + 7,
                response.body().indexOf("</style>"));
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8)));
        assertThat(response.headers().allValues("Content-Security-Policy")).singleElement().satisfies(csp -> {
            assertThat(csp).contains("default-src 'none'", "style-src 'sha256-" + hash + "'",
                    "form-action 'self'", "frame-ancestors 'self'");
            assertThat(csp).doesNotContain("unsafe-inline");
        });
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }

    @Test
    void otherPagesGetTheBaselineHeaders() {
        HttpResponse<String> response = new PortalHttp(port).post(StaffAreaTestEndpoints.PUBLIC_FORM, Map.of());
        // Status is 403 (no CSRF token) — the headers must be there all the same.
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue("base-uri 'self'; object-src 'none'; frame-ancestors 'self'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }

    @Test
    void adminLogsInWithTheConfiguredPasswordAndLandsOnTheStaffStartScreen() {
        PortalHttp browser = new PortalHttp(port);
        String sessionBefore = browser.get("/.login").headers().firstValue("Set-Cookie").orElse("");

        HttpResponse<String> login = browser.login("admin", ADMIN_PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).isEqualTo("/.editor/");
        // Session fixation protection: a new session id after login.
        assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").isNotEqualTo(sessionBefore));
        assertThat(browser.get(StaffAreaTestEndpoints.ADMIN_PAGE).body()).isEqualTo("admin-area");
    }

    @Test
    void staffWithoutAdminRoleLandsInTheEditorArea() {
        accounts.create("redaktion", "redaktion-passwort-1", "Redaktion", null, Set.of(StaffRole.EDITOR));
        HttpResponse<String> login = new PortalHttp(port).login("Redaktion", "redaktion-passwort-1");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).isEqualTo("/.editor/");
    }

    @Test
    void afterLoginTheUserReturnsToThePageThatAskedForIt() {
        accounts.create("sachbearbeitung", "sachbearbeitung-pw-1", "Sachbearbeitung", null, Set.of(StaffRole.CLERK));
        PortalHttp browser = new PortalHttp(port);

        HttpResponse<String> protectedPage = browser.get(StaffAreaTestEndpoints.EDITOR_PAGE);
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(location(protectedPage)).isEqualTo("/.login");

        HttpResponse<String> login = browser.login("sachbearbeitung", "sachbearbeitung-pw-1");
        assertThat(location(login)).startsWith(StaffAreaTestEndpoints.EDITOR_PAGE);
    }

    @Test
    void wrongPasswordShowsTheGermanErrorAsAlert() {
        PortalHttp browser = new PortalHttp(port);
        HttpResponse<String> login = browser.login("admin", "falsches-passwort");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).isEqualTo("/.login?error");
        assertThat(browser.get(StaffAreaTestEndpoints.ADMIN_PAGE).statusCode()).isEqualTo(302);

        Document page = Jsoup.parse(browser.get("/.login?error").body());
        Element alert = page.selectFirst("[role=alert]");
        assertThat(alert).isNotNull();
        assertThat(alert.text()).isEqualTo(FAILED);
        assertThat(page.selectFirst("#username").attr("aria-describedby")).isEqualTo(alert.id());
        attempts.unlock("admin");
    }

    @Test
    void unknownUserAndDisabledAccountGetTheSameGenericError() {
        accounts.create("ausgeschieden", "ausgeschieden-pw-1", "Ausgeschieden", null, Set.of(StaffRole.EDITOR));
        accounts.setEnabled("ausgeschieden", false);

        assertThat(location(new PortalHttp(port).login("ausgeschieden", "ausgeschieden-pw-1")))
                .isEqualTo("/.login?error");
        assertThat(location(new PortalHttp(port).login("niemand", "irgendein-passwort")))
                .isEqualTo("/.login?error");
    }

    @Test
    void overlongPasswordIsAnOrdinaryFailureNotAServerError() {
        HttpResponse<String> login = new PortalHttp(port).login("admin", "x".repeat(500));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location(login)).isEqualTo("/.login?error");
        attempts.unlock("admin");
    }

    @Test
    void accountIsLockedAfterFiveFailuresEvenForTheRightPassword() {
        accounts.create("vergesslich", "richtiges-passwort-1", "Vergesslich", null, Set.of(StaffRole.EDITOR));
        PortalHttp browser = new PortalHttp(port);
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.login("vergesslich", "falsch-" + i))).isEqualTo("/.login?error");
        }

        HttpResponse<String> locked = browser.login("vergesslich", "richtiges-passwort-1");
        assertThat(location(locked)).isEqualTo("/.login?error=locked");
        assertThat(browser.get(StaffAreaTestEndpoints.EDITOR_PAGE).statusCode()).isEqualTo(302);
        Element alert = Jsoup.parse(browser.get("/.login?error=locked").body()).selectFirst("[role=alert]");
        assertThat(alert.text()).startsWith("Anmeldung vorübergehend gesperrt").contains("15 Minuten");

        attempts.unlock("vergesslich");
        assertThat(location(new PortalHttp(port).login("vergesslich", "richtiges-passwort-1")))
                .isEqualTo("/.editor/");
    }

    @Test
    void unknownNamesAreLockedToo_soTheLockDoesNotRevealWhichAccountsExist() {
        PortalHttp browser = new PortalHttp(port);
        for (int i = 0; i < 5; i++) {
            browser.login("gibt-es-nicht", "falsch-" + i);
        }
        assertThat(location(browser.login("gibt-es-nicht", "falsch"))).isEqualTo("/.login?error=locked");
    }

    @Test
    void logoutNeedsPostWithTokenAndEndsTheSession() {
        PortalHttp browser = new PortalHttp(port);
        browser.login("admin", ADMIN_PASSWORD);
        assertThat(browser.get(StaffAreaTestEndpoints.ADMIN_PAGE).statusCode()).isEqualTo(200);

        assertThat(browser.post("/.logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get(StaffAreaTestEndpoints.ADMIN_PAGE).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.logout();
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).isEqualTo("/.login?logout");
        assertThat(browser.get(StaffAreaTestEndpoints.ADMIN_PAGE).statusCode()).isEqualTo(302);
        Element status = Jsoup.parse(browser.get("/.login?logout").body()).selectFirst("[role=status]");
        assertThat(status.text()).isEqualTo("Sie wurden abgemeldet.");
    }

    @Test
    void postsWithoutCsrfTokenAreRefused() {
        PortalHttp browser = new PortalHttp(port);
        browser.get("/.login"); // has a session, but sends no token

        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("username", "admin");
        credentials.put("password", ADMIN_PASSWORD);
        assertThat(browser.post("/.login", credentials).statusCode()).isEqualTo(403);
        assertThat(browser.post(StaffAreaTestEndpoints.PUBLIC_FORM, Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.post(StaffAreaTestEndpoints.PUBLIC_FORM, Map.of("_csrf", "gefälscht")).statusCode())
                .isEqualTo(403);

        HttpResponse<String> withToken = browser.post(StaffAreaTestEndpoints.PUBLIC_FORM,
                Map.of("_csrf", browser.csrfToken()));
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).isEqualTo("form-accepted");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/.editor/%2e%2e/.admin/",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/seite;jsessionid=abc",
            "/.admin;x=y/",
            "/dam/%252e%252e/datei.pdf",
            "/dam//datei.pdf" })
    void malformedPathsAreRejectedWith400AndAShortGermanText(String rawPath) {
        HttpResponse<String> response = new PortalHttp(port).get(rawPath);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Ungültige Anfrage").hasSizeLessThan(200)
                .doesNotContain("Exception", "at org.", "Whitelabel");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
    }

    private static void assertLabelled(Document page, String id, String autocomplete) {
        Element input = page.getElementById(id);
        assertThat(input).as("input #" + id).isNotNull();
        assertThat(input.attr("autocomplete")).isEqualTo(autocomplete);
        assertThat(input.hasAttr("required")).isTrue();
        assertThat(page.select("label[for=" + id + "]")).as("label for #" + id).hasSize(1);
    }
}
