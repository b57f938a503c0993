package de.serviceportal.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.serviceportal.modules.LightModuleRegistry;

class SiteRegistryTest {

    @TempDir
    Path modules;

    private LightModuleRegistry registry;
    private SiteRegistry sites;

    @BeforeEach
    void setUp() throws IOException {
        Path folder = Files.createDirectories(modules.resolve("sites-module/sites"));
        Files.writeString(folder.resolve("region.yaml"), "title: Region\nprefix: /\nroot: /region\n");
        Files.writeString(folder.resolve("stadt.yaml"), """
                title: Stadt
                prefix: /stadt
                root: /stadt
                domains: [www.stadt.example, Stadt.Example]
                locales: {default: de, available: [de, en]}
                notFoundPage: /stadt/nicht-gefunden/
                """);
        Files.writeString(folder.resolve("kreis.yaml"), "title: Kreis\n");
        registry = new LightModuleRegistry(modules, false, List.of());
        sites = new SiteRegistry(registry);
    }

    @AfterEach
    void tearDown() throws IOException {
        registry.destroy();
    }

    @Test
    void prefixesMapPathsToSitesLongestFirst() {
        SiteRegistry.SiteRequest stadt = sites.resolve("localhost", "/stadt/buergerservice").orElseThrow();
        assertThat(stadt.site().name()).isEqualTo("stadt");
        assertThat(stadt.relativePath()).isEqualTo("/buergerservice");
        assertThat(stadt.byDomain()).isFalse();
        assertThat(stadt.site().pagePath(stadt.relativePath())).isEqualTo("/stadt/buergerservice");

        assertThat(sites.resolve("localhost", "/stadt").orElseThrow().relativePath()).isEmpty();
        // "/stadtwerke" is not below the prefix "/stadt"
        assertThat(sites.resolve("localhost", "/stadtwerke").orElseThrow().site().name()).isEqualTo("region");
        SiteRegistry.SiteRequest region = sites.resolve("localhost", "/impressum").orElseThrow();
        assertThat(region.site().pagePath(region.relativePath())).isEqualTo("/region/impressum");
        assertThat(region.site().pagePath("/")).isEqualTo("/region");
    }

    @Test
    void hostNamesMapToTheirSiteWithoutPrefix() {
        SiteRegistry.SiteRequest request = sites.resolve("WWW.Stadt.Example:8443", "/buergerservice").orElseThrow();
        assertThat(request.site().name()).isEqualTo("stadt");
        assertThat(request.byDomain()).isTrue();
        assertThat(request.site().pagePath(request.relativePath())).isEqualTo("/stadt/buergerservice");
        assertThat(sites.resolve("stadt.example", "/").orElseThrow().site().name()).isEqualTo("stadt");
    }

    @Test
    void definitionsGetSensibleDefaults() {
        Site kreis = sites.byName("kreis").orElseThrow();
        assertThat(kreis.prefix()).isEqualTo("/kreis");
        assertThat(kreis.root()).isEqualTo("/kreis");
        assertThat(kreis.defaultLanguage()).isEqualTo("de");
        Site stadt = sites.byName("stadt").orElseThrow();
        assertThat(stadt.languages()).containsExactly("de", "en");
        assertThat(stadt.notFoundPage()).isEqualTo("/stadt/nicht-gefunden");
        assertThat(sites.owning("/stadt/a/b")).map(Site::name).contains("stadt");
        assertThat(sites.owning("/stadtwerke")).isEmpty();
    }
}
