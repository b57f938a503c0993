package de.serviceportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.serviceportal.PortalApplication;
import de.serviceportal.example.ExampleAutoConfiguration;
import de.serviceportal.plugin.ServicePlugin;

/** Keeps the layering honest: who may save content, and who may depend on whom. */
class LayeringTest {

    static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.serviceportal");
    }

    @Test
    void onlyTheRepositorySavesSoThatEverySaveIsFlushed() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("de.serviceportal.repository..")
                .should().callMethod(javax.jcr.Session.class, "save")
                .because("SegmentTar persists its head only every 5 s; ContentRepository.save flushes");
        rule.check(portal);
    }

    @Test
    void theRepositoryDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("de.serviceportal.repository..")
                .should().dependOnClassesThat().resideInAnyPackage("de.serviceportal.modules..",
                        "de.serviceportal.rendering..", "de.serviceportal.sites..", "de.serviceportal.security..",
                        "de.serviceportal.bootstrap..", "de.serviceportal.dam..")
                .check(portal);
    }

    @Test
    void lightModulesKnowNothingOfRendering() {
        noClasses().that().resideInAPackage("de.serviceportal.modules..")
                .should().dependOnClassesThat().resideInAnyPackage("de.serviceportal.rendering..",
                        "de.serviceportal.sites..", "freemarker..")
                .check(portal);
    }

    @Test
    void contentExportIsALibraryWithoutPortalDependencies() {
        noClasses().that().resideInAPackage("de.serviceportal.export..")
                .should().dependOnClassesThat().resideInAnyPackage("de.serviceportal.repository..",
                        "de.serviceportal.modules..", "de.serviceportal.rendering..", "org.springframework..",
                        "org.apache.jackrabbit.oak..")
                .check(portal);
    }

    @Test
    void pluginApiNeverReachesIntoTheWebapp() {
        noClasses().that().resideInAPackage("de.serviceportal.plugin..")
                .should().dependOnClassesThat().resideInAnyPackage("de.serviceportal.repository..",
                        "de.serviceportal.modules..", "de.serviceportal.rendering..", "de.serviceportal.sites..",
                        "de.serviceportal.security..", "de.serviceportal.bootstrap..", "de.serviceportal.dam..",
                        "de.serviceportal.plugins..")
                .allowEmptyShould(true)
                .check(portal);
    }

    /**
     * Plugin modules (everything built under {@code service-plugins/}: plugin-api, the example plugin, later
     * services) compile against plugin-api and libraries only. Imported by location, not package, so a plugin in a
     * package of its own is covered too; the forbidden packages are all packages of the portal-webapp module.
     */
    @Test
    void servicePluginsNeverDependOnTheWebapp() {
        Set<Location> pluginLocations = Locations.ofPackage("de.serviceportal").stream()
                .filter(location -> location.contains("/service-plugins/")
                        || location.contains(codeSource(ServicePlugin.class))
                        || location.contains(codeSource(ExampleAutoConfiguration.class)))
                .collect(Collectors.toSet());
        JavaClasses plugins = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(pluginLocations);
        assertThat(plugins.contain(ServicePlugin.class)).as("plugin-api imported").isTrue();
        assertThat(plugins.contain(ExampleAutoConfiguration.class)).as("example plugin imported").isTrue();
        assertThat(plugins.contain(PortalApplication.class)).as("no webapp class among them").isFalse();

        JavaClasses webapp = new ClassFileImporter().importLocations(Locations.ofPackage("de.serviceportal").stream()
                .filter(location -> location.contains(codeSource(PortalApplication.class)))
                .collect(Collectors.toSet()));
        String[] webappPackages = webapp.stream().map(JavaClass::getPackageName).distinct().toArray(String[]::new);
        assertThat(webappPackages).contains("de.serviceportal", "de.serviceportal.plugins", "de.serviceportal.rendering");

        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(webappPackages)
                .because("plugins code against plugin-api only, so the portal can change inside without breaking them");
        rule.check(plugins);
        // the rule does catch such a dependency: the webapp's own plugin support uses webapp classes
        assertThatThrownBy(() -> rule.check(webapp)).isInstanceOf(AssertionError.class);
    }

    private static String codeSource(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
