package io.dtle.translator.job;

/**
 * A MySQL server of a job (dtle's ConnectionConfig). The charset is null when the job gives none, so the
 * connector's own default applies.
 */
public record Endpoint(String host, int port, String user, String password, String charset) {

    /** Whether both endpoints name the same server, as the two directions of a bidirectional pair do. */
    public boolean sameServerAs(Endpoint other) {
        return other != null && host.equalsIgnoreCase(other.host) && port == other.port;
    }

    @Override
    public String toString() {
        // Never shows the password, so an endpoint can appear in a message or a log line.
        return user + "@" + host + ":" + port;
    }
}
