package io.dtle.source;

import java.util.Arrays;
import java.util.Locale;

/** TLS modes of database.ssl.mode, named as in Debezium; Connector/J's sslMode uses the same words. */
public enum SslMode {
    DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY;

    /** The value of Connector/J's {@code sslMode} property. */
    public String jdbcSslMode() {
        return name();
    }

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String[] names() {
        return Arrays.stream(values()).map(SslMode::configName).toArray(String[]::new);
    }

    static SslMode parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
