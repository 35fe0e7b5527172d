package io.dtle.translator.job;

/** Reads a ConnectionConfig object (Host, Port as a number or a string, User, Password, Charset). */
final class EndpointReader {
    private static final int DEFAULT_PORT = 3306;

    private EndpointReader() {
    }

    static Endpoint read(JsonFields config) {
        String host = config.text("Host").orElseThrow(() -> new JobFileException(config.pathOf("Host"),
                "the MySQL server has no Host", "add \"Host\": \"<name or address of the server>\""));
        long port = config.number("Port").orElse((long) DEFAULT_PORT);
        if (port < 1 || port > 65_535) {
            throw new JobFileException(config.pathOf("Port"), "port " + port + " is out of range",
                    "use a TCP port from 1 to 65535");
        }
        String user = config.text("User").orElseThrow(() -> new JobFileException(config.pathOf("User"),
                "the MySQL server has no User", "add \"User\": \"<account name>\""));
        String password = config.text("Password").orElse("");
        String charset = config.text("Charset").orElse(null);
        return new Endpoint(host, (int) port, user, password, charset);
    }
}
