#!/usr/bin/env bash
# dtle source vs Debezium MySqlConnector 3.5: snapshot and streaming rows/s, Connect producer defaults and tuned.
# Usage: bench/source-benchmark.sh [rows] [JVM options...]      (default 1000000)
# e.g. bench/source-benchmark.sh 300000 -Dbench.connectors=dtle -Dbench.producer=tuned
# Builds the source connector and the modules it needs from this checkout (offline), then runs
# io.dtle.source.bench.SourceBenchmark on the test classpath, with this checkout's own dtle-* classes.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
shift || true
mvn -B -o -q test-compile -pl dtle-source-connector -am
cp_file=dtle-source-connector/target/bench-classpath.txt
mvn -B -o -q dependency:build-classpath -pl dtle-source-connector -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/$cp_file"
# This checkout's dtle modules, not whatever version of them is in ~/.m2.
deps=$(tr ':' '\n' < "$cp_file" | grep -v '/io/dtle/' | paste -sd: -)
classpath="dtle-source-connector/target/test-classes:dtle-source-connector/target/classes"
classpath="$classpath:dtle-common/target/classes:dtle-test-support/target/classes:$deps"
exec java -Xmx2g "$@" -Dbench.rows="$rows" -Dlog4j2.configurationFile=bench/log4j2-bench.xml \
    -Djava.util.logging.config.file=/dev/null -cp "$classpath" io.dtle.source.bench.SourceBenchmark
