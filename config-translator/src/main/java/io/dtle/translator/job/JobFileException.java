package io.dtle.translator.job;

/** A job file that cannot be translated; the message names the JSON path, the problem and the fix. */
public final class JobFileException extends RuntimeException {
    private final String path;

    public JobFileException(String path, String problem, String fix) {
        super(path + ": " + problem + (fix.isEmpty() ? "" : ". " + fix));
        this.path = path;
    }

    /** The JSON path of the offending field, such as {@code $.Tasks[0].Config.ConnectionConfig.Host}. */
    public String path() {
        return path;
    }
}
