package io.dtle.sink.table;

import org.apache.kafka.connect.errors.ConnectException;

/** The target has no table the sink must write to. */
public class MissingTableException extends ConnectException {

    public MissingTableException(TableName table) {
        super("Target table " + table + " does not exist (or the sink's user cannot see it): create it on the"
                + " target, let the sink create it from the source's DDL, or grant the sink's user access to it");
    }
}
