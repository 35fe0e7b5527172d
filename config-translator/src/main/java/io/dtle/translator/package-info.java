/** Turns dtle job files into Kafka Connect connector configs and applies them through Connect's REST API. */
package io.dtle.translator;
