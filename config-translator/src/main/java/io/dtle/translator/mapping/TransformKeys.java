package io.dtle.translator.mapping;

/**
 * Transforms the translator puts on connectors. The dtle SMT module is not merged yet, so its class and key
 * names are written here; Kafka's RegexRouter comes from Connect itself.
 */
final class TransformKeys {
    static final String TRANSFORMS = "transforms";
    static final String LOOP_DETECTION_CLASS = "io.dtle.smt.LoopDetection";
    static final String LOOP_DETECTION_ORIGIN_JOBS = "origin.jobs";
    static final String REGEX_ROUTER_CLASS = "org.apache.kafka.connect.transforms.RegexRouter";
    static final String REGEX_ROUTER_REGEX = "regex";
    static final String REGEX_ROUTER_REPLACEMENT = "replacement";

    private TransformKeys() {
    }

    static String key(String alias, String property) {
        return TRANSFORMS + "." + alias + "." + property;
    }
}
