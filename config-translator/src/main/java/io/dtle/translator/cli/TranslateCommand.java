package io.dtle.translator.cli;

import io.dtle.translator.job.JobFileException;
import io.dtle.translator.job.JobFiles;
import io.dtle.translator.job.JobSpec;
import io.dtle.translator.mapping.JobTranslator;
import io.dtle.translator.mapping.TranslateOptions;
import io.dtle.translator.mapping.Translation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dtle translate [--apply --connect-url URL [--kafka-bootstrap HOST:PORT] [--timeout SECONDS]] job...}, each
 * job a dtle 2.x job.json or a dtle 3.x/4.x job as JSON or HCL.
 * Prints the connector configs; with --apply, validates, applies and prints the connectors' states. Exit codes:
 * 0 done, 1 a job file is wrong, 2 bad arguments, 3 Kafka Connect rejected or did not run the connectors.
 */
public final class TranslateCommand {
    static final int OK = 0;
    static final int BAD_JOB = 1;
    static final int USAGE = 2;
    static final int APPLY_FAILED = 3;
    static final String USAGE_TEXT = "Usage: dtle translate [--apply --connect-url URL [--kafka-bootstrap HOST:PORT] "
            + "[--timeout SECONDS]] job.json|job.hcl [job2 ...]\n"
            + "  Translate the jobs of a bidirectional pair together so each direction drops what the other applied.";

    private final PrintStream out;
    private final PrintStream err;

    TranslateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new TranslateCommand(System.out, System.err).run(args));
    }

    int run(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("dtle translate: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Translation translation;
        try {
            translation = JobTranslator.translate(readJobs(arguments.files()),
                    new TranslateOptions(arguments.kafkaBootstrap()));
        } catch (JobFileException e) {
            err.println("dtle translate: " + e.getMessage());
            return BAD_JOB;
        } catch (IOException e) {
            err.println("dtle translate: cannot read " + e.getMessage());
            return BAD_JOB;
        }
        if (!arguments.apply()) {
            out.print(TranslationJson.write(translation));
            return OK;
        }
        try {
            JobApplier applier = new JobApplier(new ConnectRestClient(arguments.connectUrl()),
                    Duration.ofSeconds(arguments.timeoutSeconds()));
            for (ConnectorStatus status : applier.apply(translation)) {
                out.println(status);
            }
            return OK;
        } catch (JobApplier.ApplyException | ConnectRestException e) {
            err.println("dtle translate: " + e.getMessage());
            return APPLY_FAILED;
        }
    }

    private static List<JobSpec> readJobs(List<String> files) throws IOException {
        List<JobSpec> jobs = new ArrayList<>();
        for (String file : files) {
            String text;
            try {
                text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IOException(file + ": no such file", e);
            } catch (IOException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            try {
                jobs.add(JobFiles.read(text));
            } catch (JobFileException e) {
                throw e.inFile(file);
            }
        }
        return jobs;
    }

    record Arguments(boolean apply, String connectUrl, String kafkaBootstrap, long timeoutSeconds, List<String> files) {
        static Arguments parse(String[] args) {
            boolean apply = false;
            String connectUrl = null;
            String kafkaBootstrap = null;
            long timeout = 120;
            List<String> files = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--apply" -> apply = true;
                    case "--connect-url" -> connectUrl = value(args, ++i, "--connect-url");
                    case "--kafka-bootstrap" -> kafkaBootstrap = value(args, ++i, "--kafka-bootstrap");
                    case "--timeout" -> timeout = seconds(value(args, ++i, "--timeout"));
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        files.add(args[i]);
                    }
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("give at least one job file");
            }
            if (apply && connectUrl == null) {
                throw new IllegalArgumentException("--apply needs --connect-url http://<worker>:8083");
            }
            return new Arguments(apply, connectUrl, kafkaBootstrap, timeout, files);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length || args[index].startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static long seconds(String text) {
            try {
                long seconds = Long.parseLong(text);
                if (seconds > 0) {
                    return seconds;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("--timeout needs a positive number of seconds, not " + text);
        }
    }
}
