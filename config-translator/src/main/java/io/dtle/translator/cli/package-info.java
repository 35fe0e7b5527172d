/** The {@code dtle translate} command and its client of Connect's REST API. */
package io.dtle.translator.cli;
