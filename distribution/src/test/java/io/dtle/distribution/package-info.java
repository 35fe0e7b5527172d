/** Tests of the Confluent Hub archive as a user installs it: unzipped into a worker's plugin.path. */
package io.dtle.distribution;
