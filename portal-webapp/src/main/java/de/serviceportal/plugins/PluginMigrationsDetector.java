package de.serviceportal.plugins;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link PluginMigrator} initialises the database, so that JDBC templates and every bean
 * depending on the database are created after the plugins' tables exist. Ordered after Flyway's detector (order 1).
 * Listed in {@code META-INF/spring.factories}.
 */
class PluginMigrationsDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(PluginMigrator.class);
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
