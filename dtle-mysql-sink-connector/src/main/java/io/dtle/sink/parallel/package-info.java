/** Parallel apply of source transactions on pooled target connections: dependency tracking, commit order, retries. */
package io.dtle.sink.parallel;
