/** Live checks of a source server against a configuration, run by validate() and at start. */
package io.dtle.source.check;
