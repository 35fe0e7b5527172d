package io.dtle.sink.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerDialectTest {
    @Test
    void rowAliasFromMySql8019On() {
        assertThat(ServerDialect.ofVersion("8.0.33")).isEqualTo(ServerDialect.MYSQL);
        assertThat(ServerDialect.ofVersion("8.0.19-log")).isEqualTo(ServerDialect.MYSQL);
        assertThat(ServerDialect.ofVersion("8.4.0")).isEqualTo(ServerDialect.MYSQL);
        assertThat(ServerDialect.ofVersion("9.1.0")).isEqualTo(ServerDialect.MYSQL);
        assertThat(ServerDialect.ofVersion("8.0.18")).isEqualTo(ServerDialect.MYSQL_BEFORE_8_0_19);
        assertThat(ServerDialect.ofVersion("5.7.44-log")).isEqualTo(ServerDialect.MYSQL_BEFORE_8_0_19);
    }

    @Test
    void mariaDbWhateverItsNumber() {
        assertThat(ServerDialect.ofVersion("10.11.6-MariaDB-0+deb12u1")).isEqualTo(ServerDialect.MARIADB);
        assertThat(ServerDialect.ofVersion("11.4.2-MariaDB")).isEqualTo(ServerDialect.MARIADB);
        assertThat(ServerDialect.MARIADB.hasJsonType()).isFalse();
        assertThat(ServerDialect.MYSQL_BEFORE_8_0_19.hasJsonType()).isTrue();
    }

    @Test
    void anUnreadableVersionIsAnError() {
        assertThatThrownBy(() -> ServerDialect.ofVersion("unknown")).hasMessageContaining("\"unknown\"");
    }
}
