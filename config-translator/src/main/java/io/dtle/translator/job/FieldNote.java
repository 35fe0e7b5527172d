package io.dtle.translator.job;

/** A field of the job file that has no effect on the connectors, with the reason. */
public record FieldNote(String field, String reason) {
}
