/** Checks of the target before the sink starts: reachable, logged in, and holding the privileges it needs. */
package io.dtle.sink.check;
