package io.dtle.testing;

/** The server families tests run: MySQL from the Maven Central zip, MariaDB from Debian's package. */
public enum ServerFlavor {
    MYSQL,
    MARIADB
}
