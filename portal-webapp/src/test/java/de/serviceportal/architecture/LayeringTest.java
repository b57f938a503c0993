package de.serviceportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
                        "de.serviceportal.security..", "de.serviceportal.bootstrap..", "de.serviceportal.dam..")
                .allowEmptyShould(true)
                .check(portal);
    }
}
