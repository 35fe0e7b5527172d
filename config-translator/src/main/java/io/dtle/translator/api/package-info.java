/** dtle's HTTP API (port 8190) answered from a Kafka Connect cluster through its REST API. */
package io.dtle.translator.api;
