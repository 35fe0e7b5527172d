#!/usr/bin/env bash
# dtle MySQL sink vs Debezium JDBC sink 3.5 (and mysqldump | mysql for the full copy): rows/s and transactions/s.
# Usage: bench/sink-benchmark.sh [rows [JVM options...]]   (default 1000000; the single-row workload has rows/5)
#   e.g. bench/sink-benchmark.sh 1000000 '-Dbench.sinks=dtle workers=8,debezium tuned' '-Dbench.workloads=full copy'
# Builds the sink connector and the modules it needs from this checkout (offline), then runs
# io.dtle.sink.bench.SinkBenchmark on the test classpath, with this checkout's own dtle-* classes.
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000000}"
mvn -B -o -q test-compile -pl dtle-mysql-sink-connector -am
cp_file=dtle-mysql-sink-connector/target/bench-classpath.txt
mvn -B -o -q dependency:build-classpath -pl dtle-mysql-sink-connector -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/$cp_file"
# This checkout's dtle modules, not whatever version of them is in ~/.m2.
deps=$(tr ':' '\n' < "$cp_file" | grep -v '/io/dtle/' | paste -sd: -)
classpath="dtle-mysql-sink-connector/target/test-classes:dtle-mysql-sink-connector/target/classes"
classpath="$classpath:dtle-source-connector/target/classes:dtle-common/target/classes"
classpath="$classpath:dtle-test-support/target/classes:$deps"
exec java -Xmx2g -Dbench.rows="$rows" "${@:2}" -Dlog4j2.configurationFile=bench/log4j2-bench.xml \
    -Djava.util.logging.config.file=/dev/null -cp "$classpath" io.dtle.sink.bench.SinkBenchmark
