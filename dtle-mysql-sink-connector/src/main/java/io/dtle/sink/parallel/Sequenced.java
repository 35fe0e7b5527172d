package io.dtle.sink.parallel;

/** A unit with its submission number (1, 2, 3...): the order the source committed it in. */
record Sequenced(long seq, ApplyUnit unit) {
}
