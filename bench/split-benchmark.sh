#!/usr/bin/env bash
# Split by row condition (one source, two sinks with WhereFilter k<5 / k>=5) vs the same pipeline without filters:
# rows/s applied, with the ordered topic made beforehand and end to end, and their ratio.
# Usage: bench/split-benchmark.sh [rows]      (default 200000; about 3 minutes on 2 cores, more under load)
# Builds the transforms and the modules they need from this checkout (offline), then runs
# io.dtle.smt.bench.SplitBenchmark on the test classpath, with this checkout's own dtle-* classes.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-200000}"
mvn -B -o -q test-compile -pl dtle-smt -am
cp_file=dtle-smt/target/split-classpath.txt
mvn -B -o -q dependency:build-classpath -pl dtle-smt -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$cp_file"
# This checkout's dtle modules, not whatever version of them is in ~/.m2.
deps=$(tr ':' '\n' < "$cp_file" | grep -v '/io/dtle/' | paste -sd: -)
classpath="dtle-smt/target/test-classes:dtle-smt/target/classes"
classpath="$classpath:dtle-mysql-sink-connector/target/test-classes:dtle-mysql-sink-connector/target/classes"
classpath="$classpath:dtle-source-connector/target/classes:dtle-common/target/classes"
classpath="$classpath:dtle-test-support/target/classes:$deps"
exec java -Xmx2g -Dbench.rows="$rows" -Dlog4j2.configurationFile=bench/log4j2-bench.xml \
    -Djava.util.logging.config.file=/dev/null -cp "$classpath" io.dtle.smt.bench.SplitBenchmark
