package io.dtle.common.gtid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidBytesTest {
    @Test
    void matchesMySqlsUuidToBinWithoutSwap() {
        // The example of MySQL's manual: UUID_TO_BIN('6ccd780c-baba-1026-9564-5b8c656024db').
        UUID uuid = UUID.fromString("6ccd780c-baba-1026-9564-5b8c656024db");

        assertThat(HexFormat.of().formatHex(UuidBytes.toBytes(uuid))).isEqualTo("6ccd780cbaba102695645b8c656024db");
    }

    @Test
    void roundTripsUuidsWithTheHighBitsSet() {
        UUID uuid = UUID.fromString("ffffffff-8000-ffff-8000-fffffffffffe");
        byte[] bytes = UuidBytes.toBytes(uuid);

        assertThat(bytes).hasSize(UuidBytes.LENGTH);
        assertThat(bytes[0]).isEqualTo((byte) 0xff);
        assertThat(UuidBytes.toUuid(bytes)).isEqualTo(uuid);
    }

    @Test
    void rejectsAnythingButSixteenBytes() {
        assertThatThrownBy(() -> UuidBytes.toUuid(new byte[36]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A binary UUID has 16 bytes, not 36; expected the value of a binary(16) column written by"
                        + " UUID_TO_BIN without swap");
        assertThatThrownBy(() -> UuidBytes.toUuid(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> UuidBytes.toBytes(null)).isInstanceOf(NullPointerException.class);
    }
}
