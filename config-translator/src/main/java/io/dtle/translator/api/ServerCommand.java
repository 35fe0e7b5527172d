package io.dtle.translator.api;

import io.dtle.translator.cli.ConnectRestClient;
import io.dtle.translator.mapping.TranslateOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;

/**
 * {@code dtle server [--port 8190] [--connect-url http://localhost:8083] [--kafka-bootstrap HOST:PORT]}: answers
 * dtle's HTTP API until stopped.
 */
public final class ServerCommand {
    private ServerCommand() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = DtleApiServer.DEFAULT_PORT;
        String connectUrl = "http://localhost:8083";
        String kafkaBootstrap = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(require(value, "--port"));
                case "--connect-url" -> connectUrl = require(value, "--connect-url");
                case "--kafka-bootstrap" -> kafkaBootstrap = require(value, "--kafka-bootstrap");
                default -> usage("unknown argument " + args[i]);
            }
            i++;
        }
        DtleApiServer server = DtleApiServer.start(new InetSocketAddress(port), new ConnectRestClient(connectUrl),
                new TranslateOptions(kafkaBootstrap));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.err.println("dtle server: dtle's HTTP API on port " + server.port() + ", Kafka Connect at " + connectUrl);
        stopped.await();
    }

    private static String require(String value, String option) {
        if (value == null) {
            usage(option + " needs a value");
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println("dtle server: " + problem);
        System.err.println("Usage: dtle server [--port 8190] [--connect-url http://localhost:8083] "
                + "[--kafka-bootstrap HOST:PORT]");
        System.exit(2);
    }
}
