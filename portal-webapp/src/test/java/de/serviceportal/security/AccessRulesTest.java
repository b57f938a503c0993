package de.serviceportal.security;

import de.serviceportal.testsupport.PortalHttp;
import static de.serviceportal.testsupport.PortalHttp.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Who may enter {@code /.admin/} and {@code /.editor/}, and that the rest stays public. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:security-access-rules;DB_CLOSE_DELAY=-1",
        "portal.bootstrap.admin-password=Zugriffsregeln-Admin-Passwort" })
@Import(StaffAreaTestEndpoints.class)
class AccessRulesTest {

    private static final String PASSWORD = "rollen-test-passwort";


    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(EnumSet.of(StaffRole.ADMIN), true, true),
                Arguments.of(EnumSet.of(StaffRole.EDITOR), false, true),
                Arguments.of(EnumSet.of(StaffRole.PUBLISHER), false, true),
                Arguments.of(EnumSet.of(StaffRole.CLERK), false, true),
                Arguments.of(EnumSet.noneOf(StaffRole.class), false, false));
    }

    @ParameterizedTest(name = "{0}: admin area {1}, editor area {2}")
    @MethodSource("roles")
    void staffAreasAdmitExactlyTheirRoles(Set<StaffRole> roles, boolean admin, boolean editor) {
        String username = "rolle-" + (roles.isEmpty() ? "keine" : roles.iterator().next().name().toLowerCase(Locale.ROOT));
        if (accounts.find(username).isEmpty()) {
            accounts.create(username, PASSWORD, "Test " + username, null, roles);
        }
        PortalHttp browser = new PortalHttp(port);
        assertThat(browser.login(username, PASSWORD).statusCode()).isEqualTo(302);

        assertAccess(browser.get(StaffAreaTestEndpoints.ADMIN_PAGE), admin, "admin-area");
        assertAccess(browser.get(StaffAreaTestEndpoints.EDITOR_PAGE), editor, "editor-area");
        // The real start pages may not exist yet (404); what matters is that security lets the
        // right roles through and stops the others.
        assertRootAccess(browser.get("/.admin/"), admin);
        assertRootAccess(browser.get("/.editor/"), editor);
    }

    @ParameterizedTest
    @ValueSource(strings = { StaffAreaTestEndpoints.ADMIN_PAGE, StaffAreaTestEndpoints.EDITOR_PAGE,
            "/.admin/", "/.editor/", "/.admin", "/.editor/irgendwo/tief/drin" })
    void anonymousVisitorsAreSentToTheLoginPage(String path) {
        HttpResponse<String> response = new PortalHttp(port).get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo("/.login");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/merseburg/buergerservice/personalausweis", "/.resources/portal/css/site.css",
            "/dam/merseburg/formular.pdf", "/.login" })
    void citizenPagesAndResourcesArePublic(String path) {
        HttpResponse<String> response = new PortalHttp(port).get(path);
        // Not there yet (404) is fine; a redirect to the login or a 401/403 is not.
        assertThat(response.statusCode()).isNotIn(301, 302, 401, 403, 500);
    }

    @Test
    void aDisabledAccountLosesAccessAtItsNextLogin() {
        accounts.create("deaktiviert", PASSWORD, "Deaktiviert", null, Set.of(StaffRole.EDITOR));
        accounts.setEnabled("deaktiviert", false);
        PortalHttp browser = new PortalHttp(port);

        assertThat(location(browser.login("deaktiviert", PASSWORD))).isEqualTo("/.login?error");
        assertThat(browser.get(StaffAreaTestEndpoints.EDITOR_PAGE).statusCode()).isEqualTo(302);
    }

    private static void assertAccess(HttpResponse<String> response, boolean allowed, String body) {
        if (allowed) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(body);
        } else {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).doesNotContain(body);
        }
    }

    private static void assertRootAccess(HttpResponse<String> response, boolean allowed) {
        if (allowed) {
            assertThat(response.statusCode()).isNotIn(302, 401, 403, 500);
        } else {
            assertThat(response.statusCode()).isEqualTo(403);
        }
    }
}
