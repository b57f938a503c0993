package de.serviceportal.wastecalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.serviceportal.testsupport.PortalHttp;
import de.serviceportal.testsupport.TestPortalHome;
import de.serviceportal.wastecalendar.persistence.WasteCalendarRepository;
import de.serviceportal.wastecalendar.plugin.Schedules;
import de.serviceportal.wastecalendar.search.AddressSearch;

/** The waste calendar is installed as a plugin of the product: migrations, settings, demo plans on first start. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WasteCalendarPluginTest {

    @LocalServerPort
    int port;

    @Autowired
    WasteCalendarRepository repository;

    @Autowired
    AddressSearch search;

    @Autowired
    Schedules schedules;

    @Test
    void installedWithItsTablesSettingsAndDemoPlans() {
        PortalHttp admin = new PortalHttp(port);
        admin.login("admin", TestPortalHome.TEST_ADMIN_PASSWORD);
        assertThat(admin.get("/.admin/plugins").body()).contains("Abfallkalender").contains("waste-calendar");

        assertThat(repository.planYears()).contains(2026, 2027);
        long address = search.search("Gotthardstra", 5).matches().get(0).id();
        assertThat(schedules.schedule("merseburg").collections(address, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31))).isNotEmpty();
    }
}
