package io.dtle.translator.cli;

/** Kafka Connect's REST API could not be reached or refused a request. */
public final class ConnectRestException extends RuntimeException {
    public ConnectRestException(String message, Throwable cause) {
        super(message, cause);
    }
}
