package io.dtle.translator.mapping;

/** A field of a job that the connectors do not use, and why. */
public record JobNote(String job, String field, String reason) {
}
