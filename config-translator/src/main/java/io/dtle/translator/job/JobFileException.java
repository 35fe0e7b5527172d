package io.dtle.translator.job;

/** A job file that cannot be translated; the message names the JSON path, the problem and the fix. */
public final class JobFileException extends RuntimeException {
    private final String path;

    public JobFileException(String path, String problem, String fix) {
        this(path, path + ": " + problem + (fix.isEmpty() ? "" : ". " + fix));
    }

    private JobFileException(String path, String message) {
        super(message);
        this.path = path;
    }

    /** The same error, its message starting with the file it is in. */
    public JobFileException inFile(String file) {
        return new JobFileException(path, file + ": " + getMessage());
    }

    /** The JSON path of the offending field, such as {@code $.Tasks[0].Config.ConnectionConfig.Host}. */
    public String path() {
        return path;
    }
}
