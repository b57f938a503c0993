package de.serviceportal.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import de.serviceportal.plugin.PluginMigrations;
import de.serviceportal.plugin.PluginPaths;
import de.serviceportal.plugin.PluginPermission;
import de.serviceportal.plugin.ServicePlugin;
import de.serviceportal.plugin.SettingDefinition;
import de.serviceportal.plugin.StaffScreen;
import de.serviceportal.security.StaffRole;

/** The checks on what plugins declare: wrong declarations stop the start with a message naming the mistake. */
class PluginDeclarationsTest {

    private static final PluginPermission MANAGE = new PluginPermission("demo.manage", "Verwalten",
            Set.of("EDITOR", "ADMIN"));

    @Test
    void idsAndPathsFollowTheConventions() {
        assertThat(PluginPaths.rest("waste-calendar")).isEqualTo("/.rest/waste-calendar/v1");
        assertThat(PluginPaths.staff("waste-calendar")).isEqualTo("/.editor/plugins/waste-calendar");
        assertThat(new PluginMigrations("waste-calendar", "classpath:x").historyTable())
                .isEqualTo("flyway_history_waste_calendar");
        for (String bad : List.of("Waste", "waste_calendar", "-waste", "waste-", "waste--calendar", "1waste", "")) {
            assertThatThrownBy(() -> new ServicePlugin(bad, "Titel", "")).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new StaffScreen("demo", "/.editor/plugins/other/x", "Titel", "demo.manage"))
                .hasMessageContaining("/.editor/plugins/demo/");
        assertThatThrownBy(() -> new StaffScreen("demo", "/.editor/plugins/demo/../../.admin", "T", "demo.manage"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SettingDefinition.choice("farbe", "Farbe", "rot"))
                .hasMessageContaining("choices");
    }

    @Test
    void permissionRolesComeFromTheDefaultsOrTheProperty() {
        PluginPermissions defaults = new PluginPermissions(List.of(MANAGE), new MockEnvironment());
        assertThat(defaults.roles("demo.manage")).containsExactlyInAnyOrder(StaffRole.EDITOR, StaffRole.ADMIN);
        assertThat(defaults.granted("demo.manage", List.of("ROLE_EDITOR"))).isTrue();
        assertThat(defaults.granted("demo.manage", List.of("ROLE_CLERK"))).isFalse();

        PluginPermissions overridden = new PluginPermissions(List.of(MANAGE),
                new MockEnvironment().withProperty("portal.permissions.demo.manage", " CLERK , ROLE_PUBLISHER"));
        assertThat(overridden.roles("demo.manage")).containsExactlyInAnyOrder(StaffRole.CLERK, StaffRole.PUBLISHER);
        assertThat(overridden.granted("demo.manage", List.of("ROLE_EDITOR"))).isFalse();

        assertThatThrownBy(() -> new PluginPermissions(List.of(MANAGE),
                new MockEnvironment().withProperty("portal.permissions.demo.manage", "EDITOR,REDAKTEUR")))
                .hasMessageContaining("unknown staff role 'REDAKTEUR'");
        assertThatThrownBy(() -> new PluginPermissions(List.of(MANAGE, MANAGE), new MockEnvironment()))
                .hasMessageContaining("demo.manage");
    }

    @Test
    void contributionsMustBelongToAnInstalledPlugin() {
        ServicePlugin demo = new ServicePlugin("demo", "Demo", "");
        StaffScreen screen = new StaffScreen("demo", "/.editor/plugins/demo/liste", "Liste", "demo.manage");
        assertThat(new PluginCatalog(List.of(demo), List.of(screen), List.of()).screens("demo")).containsExactly(screen);
        assertThatThrownBy(() -> new PluginCatalog(List.of(), List.of(screen), List.of()))
                .hasMessageContaining("plugin 'demo'");
        assertThatThrownBy(() -> new PluginCatalog(List.of(demo, demo), List.of(), List.of()))
                .hasMessageContaining("Two ServicePlugin beans");
        assertThatThrownBy(() -> new PluginCatalog(List.of(demo), List.of(),
                List.of(new PluginMigrations("andere", "classpath:db/plugins/andere"))))
                .hasMessageContaining("plugin 'andere'");
        assertThatThrownBy(() -> new PluginAccessRules(List.of(new StaffScreen("demo", "/.editor/plugins/demo/x",
                "X", "demo.fehlt")), new PluginPermissions(List.of(MANAGE), new MockEnvironment())))
                .hasMessageContaining("demo.fehlt");
    }

    @Test
    void settingValuesAreCheckedWithGermanMessages() {
        SettingDefinition number = SettingDefinition.number("max", "Höchstzahl", 5);
        assertThat(SettingValues.check(number, " 007 ").value()).isEqualTo("7");
        assertThat(SettingValues.check(number, "-3").value()).isEqualTo("-3");
        assertThat(SettingValues.check(number, "1,5").error()).isEqualTo(
                "„Höchstzahl“ muss eine ganze Zahl sein (zum Beispiel 40), nicht „1,5“.");
        assertThat(SettingValues.check(number, "99999999999999999999").error()).isNotNull();

        SettingDefinition flag = SettingDefinition.bool("an", "Eingeschaltet", false);
        assertThat(SettingValues.check(flag, "TRUE").value()).isEqualTo("true");
        assertThat(SettingValues.check(flag, "ja").error()).contains("„Eingeschaltet“ muss „true“");

        SettingDefinition choice = SettingDefinition.choice("farbe", "Farbe", "rot", "rot", "grün");
        assertThat(SettingValues.check(choice, "grün").value()).isEqualTo("grün");
        assertThat(SettingValues.check(choice, "blau").error()).isEqualTo("„Farbe“ muss einer dieser Werte sein: rot, grün.");

        SettingDefinition text = SettingDefinition.text("gruss", "Gruß", "Hallo");
        assertThat(SettingValues.check(text, "Guten Tag\nzusammen").value()).isEqualTo("Guten Tag\nzusammen");
        assertThat(SettingValues.check(text, "x".repeat(4001)).error()).contains("höchstens 4000 Zeichen");
        assertThat(SettingValues.check(text, "a\u0000b").error()).contains("Steuerzeichen");
    }
}
