package io.dtle.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns a dtle job file into connector configs. The translator (config-translator, io.dtle.translator) is being
 * written in parallel; until it is merged this says so, and `dtle run --configs DIR` applies configs directly.
 * Once merged, {@link #translate} calls its Java API and nothing else in the launcher changes.
 */
final class JobTranslation {
    private JobTranslation() {
    }

    static List<ConnectorConfig> translate(Path jobFile) {
        throw new UnsupportedOperationException("this build has no job translator yet (config-translator, issue #6): "
                + "translate " + jobFile + " into connector configs and run `dtle run --configs DIR`, or see the "
                + "examples in distribution/src/main/archive/etc/");
    }
}
