package io.dtle.testing;

import java.nio.file.Path;

/** The files of one running server, all inside its run folder. */
record ServerPaths(Path runDirectory) {
    Path dataDirectory() {
        return runDirectory.resolve("data");
    }

    Path socket() {
        return runDirectory.resolve("mysqld.sock");
    }

    Path pidFile() {
        return runDirectory.resolve("mysqld.pid");
    }

    Path errorLog() {
        return runDirectory.resolve("error.log");
    }

    Path consoleLog() {
        return runDirectory.resolve("console.log");
    }
}
