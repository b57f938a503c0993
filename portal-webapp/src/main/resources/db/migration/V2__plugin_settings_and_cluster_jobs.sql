-- Plugin SPI: per-site plugin settings and the slots of cluster-wide scheduled jobs.
-- Portable SQL: must run unchanged on H2 2.x and PostgreSQL 13+.

-- One row per value set explicitly; absent rows mean "the plugin's default".
CREATE TABLE plugin_setting (
    site          VARCHAR(64)              NOT NULL,
    plugin_id     VARCHAR(40)              NOT NULL,
    setting_key   VARCHAR(100)             NOT NULL,
    setting_value VARCHAR(4000)            NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(64),
    CONSTRAINT pk_plugin_setting PRIMARY KEY (site, plugin_id, setting_key)
);

-- One row per job: the last slot (scheduled time in epoch milliseconds) a node claimed. A node runs a slot only
-- if its "UPDATE ... SET slot = ? WHERE name = ? AND slot < ?" changed the row, so each slot runs once.
CREATE TABLE cluster_job (
    name       VARCHAR(200)             NOT NULL,
    slot       BIGINT                   NOT NULL,
    node       VARCHAR(200),
    claimed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_cluster_job PRIMARY KEY (name)
);
