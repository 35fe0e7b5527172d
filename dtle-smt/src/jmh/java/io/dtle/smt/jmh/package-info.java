/** JMH benchmarks of the transforms' per-record cost; built and run only by {@code bench/smt-benchmark.sh} (-Pbench). */
package io.dtle.smt.jmh;
