package io.dtle.translator.job;

import java.util.Map;

/**
 * The name Nomad's JSON API gives a field of the HCL job specification ({@code datacenters} is
 * {@code Datacenters}, {@code restart} is {@code RestartPolicy}), so that notes on Nomad fields name the same paths
 * whichever form the job came in. Fields inside a task's config keep their names: they are dtle's own.
 */
final class NomadFieldNames {
    /** Repeatable blocks, whose JSON form is a list with a plural name, and blocks renamed in the API. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("constraint", "Constraints"),
            Map.entry("affinity", "Affinities"),
            Map.entry("spread", "Spreads"),
            Map.entry("network", "Networks"),
            Map.entry("service", "Services"),
            Map.entry("template", "Templates"),
            Map.entry("artifact", "Artifacts"),
            Map.entry("volume", "Volumes"),
            Map.entry("volume_mount", "VolumeMounts"),
            Map.entry("restart", "RestartPolicy"),
            Map.entry("reschedule", "ReschedulePolicy"),
            Map.entry("id", "ID"));

    private NomadFieldNames() {
    }

    /** {@code kill_timeout} becomes {@code KillTimeout}; a name already capitalised is kept. */
    static String apiName(String hclName) {
        String irregular = IRREGULAR.get(hclName);
        if (irregular != null) {
            return irregular;
        }
        StringBuilder name = new StringBuilder(hclName.length());
        boolean upper = true;
        for (char c : hclName.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
