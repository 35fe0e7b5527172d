package io.dtle.source.record;

import java.time.Instant;

/**
 * The binlog facts shared by every row of one rows event, filled the way Debezium fills
 * its source block (DebeziumParityIT checks each):
 * <ul>
 * <li>{@code serverId}: the event header's server id;</li>
 * <li>{@code gtid}: the transaction's GTID event, {@code uuid:n};</li>
 * <li>{@code file}, {@code pos}: the current binlog file and the rows event's own start
 *     position ({@code EventHeaderV4.getPosition()});</li>
 * <li>{@code eventTime}: MySQL 8's original commit timestamp from the GTID event, in
 *     microseconds; the header's seconds only when the server writes none (5.7);</li>
 * <li>{@code thread}: the session thread of the transaction's BEGIN query event.</li>
 * </ul>
 */
public record BinlogCoordinates(long serverId, String gtid, String file, long pos, Instant eventTime, Long thread) {
}
