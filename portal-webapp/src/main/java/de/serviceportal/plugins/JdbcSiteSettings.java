package de.serviceportal.plugins;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.serviceportal.plugin.PluginSettings;
import de.serviceportal.plugin.SettingDefinition;
import de.serviceportal.plugin.SiteSettings;
import de.serviceportal.sites.SiteRegistry;

/**
 * {@link SiteSettings} in the relational database (table {@code plugin_setting}), so that every node of a cluster
 * reads the same values. A row exists only for values set explicitly; everything else is the definition's default.
 */
@Component
class JdbcSiteSettings implements SiteSettings {

    private final JdbcClient jdbc;
    private final SiteRegistry sites;
    private final Map<String, Map<String, SettingDefinition>> definitions = new LinkedHashMap<>();
    private final Clock clock = Clock.systemUTC();
    /** A savepoint around the insert: on PostgreSQL a failed statement would otherwise spoil the transaction. */
    private final TransactionTemplate savepoint;

    JdbcSiteSettings(JdbcClient jdbc, SiteRegistry sites, List<PluginSettings> settings, PluginCatalog catalog,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.sites = sites;
        for (PluginSettings pluginSettings : settings) {
            if (catalog.find(pluginSettings.pluginId()).isEmpty()) {
                throw new IllegalStateException("Settings for the unknown plugin " + pluginSettings.pluginId());
            }
            Map<String, SettingDefinition> byKey = new LinkedHashMap<>();
            for (SettingDefinition definition : pluginSettings.definitions()) {
                if (definition.defaultValue() != null) {
                    SettingValues.check(definition, definition.defaultValue()).errorMessage().ifPresent(message -> {
                        throw new IllegalStateException("Plugin " + pluginSettings.pluginId() + ", setting "
                                + definition.key() + ": the default value is invalid: " + message);
                    });
                }
                byKey.put(definition.key(), definition);
            }
            if (definitions.putIfAbsent(pluginSettings.pluginId(), byKey) != null) {
                throw new IllegalStateException("Plugin " + pluginSettings.pluginId() + " has two PluginSettings beans");
            }
        }
    }

    /** The definitions of a plugin in form order; empty when it has no settings. */
    List<SettingDefinition> definitions(String pluginId) {
        return List.copyOf(definitions.getOrDefault(pluginId, Map.of()).values());
    }

    @Override
    @Transactional(readOnly = true)
    public String get(String site, String pluginId, String key) {
        SettingDefinition definition = definition(site, pluginId, key);
        return jdbc.sql("SELECT setting_value FROM plugin_setting WHERE site = ? AND plugin_id = ? AND setting_key = ?")
                .params(site, pluginId, key).query(String.class).optional().orElse(definition.defaultValue());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> all(String site, String pluginId) {
        requireSite(site);
        Map<String, SettingDefinition> ofPlugin = plugin(pluginId);
        Map<String, String> stored = new LinkedHashMap<>();
        jdbc.sql("SELECT setting_key, setting_value FROM plugin_setting WHERE site = ? AND plugin_id = ?")
                .params(site, pluginId)
                .query(rs -> {
                    stored.put(rs.getString(1), rs.getString(2));
                });
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingDefinition definition : ofPlugin.values()) {
            String value = stored.containsKey(definition.key()) ? stored.get(definition.key())
                    : definition.defaultValue();
            if (value != null) {
                values.put(definition.key(), value);
            }
        }
        return values;
    }

    @Override
    @Transactional
    public void set(String site, String pluginId, String key, String value) {
        setAll(site, pluginId, java.util.Collections.singletonMap(key, value), null);
    }

    /**
     * Checks all values first and stores them together, or none.
     *
     * @return German messages by key; empty when everything was stored
     */
    @Transactional
    public Map<String, String> setAll(String site, String pluginId, Map<String, String> values, String changedBy) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> normalised = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            SettingDefinition definition = definition(site, pluginId, entry.getKey());
            if (entry.getValue() == null) {
                normalised.put(entry.getKey(), null);
                continue;
            }
            SettingValues.Result result = SettingValues.check(definition, entry.getValue());
            if (result.error() != null) {
                errors.put(entry.getKey(), result.error());
            } else {
                normalised.put(entry.getKey(), result.value());
            }
        }
        if (!errors.isEmpty()) {
            if (changedBy == null) {
                throw new IllegalArgumentException(String.join(" ", errors.values()));
            }
            return errors;
        }
        Timestamp now = Timestamp.from(clock.instant());
        normalised.forEach((key, value) -> store(site, pluginId, key, value, now, changedBy));
        return Map.of();
    }

    private void store(String site, String pluginId, String key, String value, Timestamp now, String changedBy) {
        if (value == null) {
            jdbc.sql("DELETE FROM plugin_setting WHERE site = ? AND plugin_id = ? AND setting_key = ?")
                    .params(site, pluginId, key).update();
            return;
        }
        // Portable upsert (H2 and PostgreSQL differ in MERGE/ON CONFLICT); a concurrent insert loses the race
        // on the primary key and is retried as an update.
        for (int attempt = 0; attempt < 2; attempt++) {
            int updated = jdbc.sql("UPDATE plugin_setting SET setting_value = ?, updated_at = ?, updated_by = ?"
                    + " WHERE site = ? AND plugin_id = ? AND setting_key = ?")
                    .params(value, now, changedBy, site, pluginId, key).update();
            if (updated == 1) {
                return;
            }
            try {
                savepoint.executeWithoutResult(status -> jdbc.sql("INSERT INTO plugin_setting (site, plugin_id,"
                        + " setting_key, setting_value, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(site, pluginId, key, value, now, changedBy).update());
                return;
            } catch (DuplicateKeyException e) {
                // another request inserted it meanwhile: update instead
            }
        }
    }

    private SettingDefinition definition(String site, String pluginId, String key) {
        requireSite(site);
        SettingDefinition definition = plugin(pluginId).get(key);
        if (definition == null) {
            throw new IllegalArgumentException("Die Einstellung „" + key + "“ gibt es beim Dienst „" + pluginId
                    + "“ nicht.");
        }
        return definition;
    }

    private Map<String, SettingDefinition> plugin(String pluginId) {
        Map<String, SettingDefinition> ofPlugin = definitions.get(pluginId);
        if (ofPlugin == null) {
            throw new IllegalArgumentException("Der Dienst „" + pluginId + "“ hat keine Einstellungen.");
        }
        return ofPlugin;
    }

    private void requireSite(String site) {
        if (site == null || sites.byName(site).isEmpty()) {
            throw new IllegalArgumentException("Die Site „" + site + "“ gibt es nicht.");
        }
    }
}
