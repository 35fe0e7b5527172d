package io.dtle.source.binlog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dtle.common.gtid.GtidSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue #3: mysql-binlog-connector-java 0.40 cannot stream from a GTID set with MySQL 8.4 tags (it reads the tag as
 * a number). The reader refuses such a start position with a message that says so, before it connects.
 */
class TaggedGtidStartTest {
    @Test
    void aTaggedStartPositionIsRefusedWithAClearMessage() {
        BinlogReader reader = new BinlogReader(new BinlogConnectionSettings("127.0.0.1", 1, "u", "p", 99),
                new BinlogReaderOptions(16, Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(10),
                        Duration.ofSeconds(1)));
        BinlogPosition tagged = BinlogPosition.ofGtidSet(
                GtidSet.parse("3E11FA47-71CA-11E1-9E33-C80AA9429562:1-9:mytag:1-5"));

        assertThatThrownBy(() -> reader.start(tagged)).isInstanceOf(BinlogReaderException.class)
                .hasMessageContaining("3e11fa47-71ca-11e1-9e33-c80aa9429562:1-9:mytag:1-5")
                .hasMessageContaining("tagged GTIDs").hasMessageContaining("LIMITS.md");
        reader.close();
    }
}
