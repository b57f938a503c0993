package de.serviceportal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BootstrapFileTest {

    @Test
    void parsesMagnoliaBootstrapNames() {
        assertThat(BootstrapFile.parse("website.merseburg.buergerservice.yaml"))
                .isEqualTo(new BootstrapFile("website", "/merseburg", "buergerservice"));
        assertThat(BootstrapFile.parse("dam.portal.yaml")).isEqualTo(new BootstrapFile("dam", "/", "portal"));
        assertThat(BootstrapFile.parse("config.modules.portal.config.xml"))
                .isEqualTo(new BootstrapFile("config", "/modules/portal", "config"));
        assertThat(BootstrapFile.parse("website.a.b.c.yml")).isEqualTo(new BootstrapFile("website", "/a/b", "c"));
    }

    @Test
    void wholeWorkspaceHasNoRootName() {
        assertThat(BootstrapFile.parse("website.yaml")).isEqualTo(new BootstrapFile("website", "/", null));
    }

    @Test
    void ignoresDirectoriesAndKeepsEscapedDots() {
        assertThat(BootstrapFile.parse("mgnl-bootstrap/serviceportal/website.news.v1..0.yaml"))
                .isEqualTo(new BootstrapFile("website", "/news", "v1.0"));
        assertThat(BootstrapFile.parse("C:\\daten\\DAM.Bilder.YAML")).isEqualTo(new BootstrapFile("DAM", "/", "Bilder"));
    }

    @Test
    void rejectsOtherFiles() {
        assertThatThrownBy(() -> BootstrapFile.parse("website.seite.json"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BootstrapFile.parse("website..yaml")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BootstrapFile.parse(".yaml")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BootstrapFile.parse("website.a..yaml.")).isInstanceOf(IllegalArgumentException.class);
    }
}
