package io.dtle.launcher;

import io.dtle.translator.job.JobFileException;
import io.dtle.translator.job.JobFiles;
import io.dtle.translator.mapping.JobNote;
import io.dtle.translator.mapping.JobTranslator;
import io.dtle.translator.mapping.TranslateOptions;
import io.dtle.translator.mapping.Translation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a dtle job file into connector configs with the config translator, as `dtle translate` does. */
final class JobTranslation {
    private JobTranslation() {
    }

    /**
     * The job's connectors for a Connect cluster whose Kafka is {@code kafkaBootstrap} (null when unknown); the job
     * fields the translator leaves out are printed with the reason. A bad job fails with an
     * IllegalArgumentException naming the file, the field and the fix, before anything is applied.
     */
    static List<ConnectorConfig> translate(Path jobFile, String kafkaBootstrap, PrintStream out) {
        Translation translation;
        try {
            translation = JobTranslator.translate(List.of(JobFiles.read(Files.readString(jobFile))),
                    new TranslateOptions(kafkaBootstrap));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the job file " + jobFile + ": " + e.getMessage(), e);
        } catch (JobFileException e) {
            throw new IllegalArgumentException(e.inFile(jobFile.toString()).getMessage(), e);
        }
        for (JobNote note : translation.ignored()) {
            out.println("dtle: job " + note.job() + ": " + note.field() + " is not used: " + note.reason());
        }
        return translation.connectors().stream().map(c -> new ConnectorConfig(c.name(), withName(c))).toList();
    }

    private static Map<String, String> withName(io.dtle.translator.mapping.ConnectorConfig connector) {
        Map<String, String> config = new LinkedHashMap<>(connector.config());
        config.put("name", connector.name());
        return config;
    }
}
