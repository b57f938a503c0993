package de.serviceportal.authoring;

import static de.serviceportal.authoring.AuthoringApi.properties;
import static de.serviceportal.authoring.AuthoringApi.property;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import de.serviceportal.security.StaffAccounts;
import de.serviceportal.security.StaffRole;
import de.serviceportal.testsupport.FixtureModules;
import de.serviceportal.testsupport.TestTools;

/**
 * One portal for the authoring API tests: the project's light modules plus a fixture module whose dialog uses
 * every validation rule, a small body limit, and staff accounts for each role. Each test works on pages of its
 * own, created through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "portal.test.context=authoring", "portal.test.explicit-light-modules=true",
    "portal.authoring.max-body-bytes=" + AuthoringPortalTest.BODY_LIMIT })
abstract class AuthoringPortalTest {

    static final int BODY_LIMIT = 65_536;
    static final String PASSWORD = "authoring-test-passwort";
    static final String EDITOR = "at-editor";
    static final String PUBLISHER = "at-publisher";
    static final String CLERK = "at-clerk";
    static final String FORM = "authoring-fixture:components/form";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @DynamicPropertySource
    static void lightModules(DynamicPropertyRegistry registry) throws IOException {
        Path modules = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "authoring-modules-");
        FixtureModules.copy(TestTools.repoRoot().resolve("light-modules"), modules);
        FixtureModules.copy(TestTools.repoRoot().resolve("portal-webapp/src/test/resources/authoring-modules"),
                modules);
        registry.add("portal.light-modules", modules::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;

    AuthoringApi editor;
    AuthoringApi publisher;

    @BeforeEach
    void staff() {
        account(EDITOR, StaffRole.EDITOR);
        account(PUBLISHER, StaffRole.PUBLISHER);
        account(CLERK, StaffRole.CLERK);
        editor = AuthoringApi.as(port, EDITOR, PASSWORD);
        publisher = AuthoringApi.as(port, PUBLISHER, PASSWORD);
    }

    private void account(String name, StaffRole role) {
        if (accounts.find(name).isEmpty()) {
            accounts.create(name, PASSWORD, "Test " + role, null, Set.of(role));
        }
    }

    static String unique(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100_000, 36);
    }

    /**
     * A content page at the top of the website workspace with one form component at {@code main/0}; returns its
     * path.
     */
    String page(String title) {
        String name = unique("seite");
        String body = "{\"name\":\"" + name + "\",\"type\":\"mgnl:page\",\"properties\":["
                + property("mgnl:template", "portal-theme:pages/content") + "," + property("title", title)
                + "],\"nodes\":[{\"name\":\"main\",\"type\":\"mgnl:area\",\"nodes\":[{\"name\":\"0\","
                + "\"type\":\"mgnl:component\",\"properties\":[" + property("mgnl:template", FORM) + ","
                + property("title", "Komponente") + "]}]}]}";
        HttpResponse<String> created = editor.send("PUT", AuthoringApi.NODES, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return "/" + name;
    }

    HttpResponse<String> update(String path, String... properties) {
        return editor.send("POST", AuthoringApi.NODES + path, properties(properties));
    }
}
