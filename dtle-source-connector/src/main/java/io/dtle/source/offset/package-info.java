/** Maps reader positions to and from Kafka Connect source offsets. */
package io.dtle.source.offset;
