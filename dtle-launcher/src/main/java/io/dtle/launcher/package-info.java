/** The dtle launcher: an embedded Kafka broker and Connect worker, `dtle run`, `dtle quickstart`, and docs. */
package io.dtle.launcher;
