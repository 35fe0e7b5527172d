package io.dtle.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** What `dtle run` was asked to do. */
record RunOptions(Path jobFile, Path configsDirectory, URI connectUrl, String kafkaBootstrap, Path dataDirectory,
                  int restPort, Duration interval, Duration duration) {
    static final String USAGE = """
            Usage: dtle run job.json [options]
                   dtle run --configs DIR [options]

              job.json                   a dtle job file, translated into connector configs
              --configs DIR              apply the connector configs (*.json, Connect REST bodies) of DIR instead
              --connect-url URL          use this Kafka Connect cluster instead of an embedded one
              --kafka-bootstrap H:P      with --connect-url: the cluster's Kafka, to show records and lag
              --data-dir DIR             embedded Kafka's data, kept between runs (default ./dtle-data)
              --rest-port N              the embedded worker's REST port (default 8083)
              --interval-seconds N       seconds between two progress lines (default 5)
              --duration-seconds N       stop by itself after N seconds (default: run until Ctrl-C)
            """;

    static RunOptions parse(String... args) {
        Path job = null;
        Path configs = null;
        URI connectUrl = null;
        String bootstrap = null;
        Path data = Path.of("dtle-data");
        int restPort = 8083;
        Duration interval = Duration.ofSeconds(5);
        Duration duration = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--configs" -> configs = Path.of(value(args, ++i, arg));
                case "--connect-url" -> connectUrl = URI.create(value(args, ++i, arg));
                case "--kafka-bootstrap" -> bootstrap = value(args, ++i, arg);
                case "--data-dir" -> data = Path.of(value(args, ++i, arg));
                case "--rest-port" -> restPort = number(value(args, ++i, arg), arg);
                case "--interval-seconds" -> interval = Duration.ofSeconds(number(value(args, ++i, arg), arg));
                case "--duration-seconds" -> duration = Duration.ofSeconds(number(value(args, ++i, arg), arg));
                default -> {
                    if (arg.startsWith("--") || job != null) {
                        throw new IllegalArgumentException("unknown argument '" + arg + "'\n" + USAGE);
                    }
                    job = Path.of(arg);
                }
            }
        }
        if ((job == null) == (configs == null)) {
            throw new IllegalArgumentException("give either a job file or --configs DIR\n" + USAGE);
        }
        return new RunOptions(job, configs, connectUrl, bootstrap, data, restPort, interval, duration);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[index];
    }

    private static int number(String value, String option) {
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a positive whole number, not '" + value + "'");
        }
    }
}
