/** The consistent, chunked copy of the captured tables, emitted as op 'r' records before streaming. */
package io.dtle.source.snapshot;
