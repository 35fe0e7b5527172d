package io.dtle.source.schema;

import io.debezium.config.Configuration;
import io.debezium.connector.mysql.MySqlConnectorConfig;
import io.debezium.connector.mysql.jdbc.MySqlValueConverters;
import io.debezium.converters.custom.CustomConverterServiceProvider;

/**
 * Debezium's MySQL connector configuration with its defaults (precise decimals,
 * adaptive_time_microseconds, precise unsigned BIGINT, bytes for binary, tombstones on
 * delete). We build Debezium's own config object rather than copying its defaults, so
 * the converters, schema names and source block are the ones its connector would use.
 */
public final class DebeziumMySqlDefaults {

    /** Only used to satisfy MySqlConnectorConfig; dtle's real server id lives in its own config. */
    private static final String PLACEHOLDER_SERVER_ID = "1";

    private DebeziumMySqlDefaults() {
    }

    /** Debezium's MySQL config for topic prefix {@code prefix} and otherwise default settings. */
    public static MySqlConnectorConfig config(String prefix) {
        Configuration configuration = Configuration.create()
                .with(MySqlConnectorConfig.TOPIC_PREFIX.name(), prefix)
                .with(MySqlConnectorConfig.SERVER_ID.name(), PLACEHOLDER_SERVER_ID)
                .with(MySqlConnectorConfig.HOSTNAME.name(), "localhost")
                .with(MySqlConnectorConfig.USER.name(), "dtle")
                .build();
        MySqlConnectorConfig config = new MySqlConnectorConfig(configuration);
        // Debezium's task registers this provider at start; its field reader and schema builder look it up.
        config.getServiceRegistry().registerServiceProvider(new CustomConverterServiceProvider());
        return config;
    }

    /** The value converters exactly as Debezium's MySqlConnectorTask creates them from {@code config}. */
    public static MySqlValueConverters valueConverters(MySqlConnectorConfig config) {
        return new MySqlValueConverters(
                config.getDecimalMode(),
                config.getTemporalPrecisionMode(),
                config.getBigIntUnsignedHandlingMode().asBigIntUnsignedMode(),
                config.binaryHandlingMode(),
                config.isTimeAdjustedEnabled() ? MySqlValueConverters::adjustTemporal : t -> t,
                config.getEventConvertingFailureHandlingMode(),
                config.getServiceRegistry());
    }
}
