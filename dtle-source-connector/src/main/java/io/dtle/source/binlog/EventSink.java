package io.dtle.source.binlog;

/** Where translated events go; may block, which is how a full queue slows the binlog connection down. */
@FunctionalInterface
interface EventSink {
    void accept(BinlogEvent event) throws InterruptedException;
}
