package io.dtle.common.gtid;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.UUID;

/**
 * UUIDs as the 16 bytes of a {@code binary(16)} column, in text order: what MySQL's
 * {@code UUID_TO_BIN(uuid)} stores and {@code BIN_TO_UUID(bytes)} reads, without the time-field
 * swap ({@code swap_flag} 0). The bookkeeping table keys job and source UUIDs this way.
 */
public final class UuidBytes {
    public static final int LENGTH = 16;

    private UuidBytes() {
    }

    public static byte[] toBytes(UUID uuid) {
        Objects.requireNonNull(uuid, "uuid");
        return ByteBuffer.allocate(LENGTH)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
    }

    public static UUID toUuid(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("A binary UUID has " + LENGTH + " bytes, not " + bytes.length
                    + "; expected the value of a binary(16) column written by UUID_TO_BIN without swap");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
