package de.serviceportal.wastecalendar.testing;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database migrated from the plugin's own Flyway location, as the portal will do it. */
public final class TestDatabase {

    public static final String MIGRATIONS = "classpath:db/plugins/waste-calendar";

    private TestDatabase() {
    }

    public static DataSource fresh() {
        return fresh("");
    }

    /** @param mode e.g. ";MODE=PostgreSQL" to check the SQL against H2's PostgreSQL emulation */
    public static DataSource fresh(String mode) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:wc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + mode);
        Flyway.configure().dataSource(ds).locations(MIGRATIONS).table("flyway_waste_calendar_history").load().migrate();
        return ds;
    }
}
