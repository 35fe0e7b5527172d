/** Configuration helpers the connectors share: problems reported against config keys. */
package io.dtle.common.config;
