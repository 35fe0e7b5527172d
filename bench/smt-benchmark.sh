#!/usr/bin/env bash
# Per-record cost of the transforms (WhereFilter, LoopDetection) and of the Where engine alone, with JMH.
# Usage: bench/smt-benchmark.sh [benchmark regex...]   e.g. bench/smt-benchmark.sh WhereFilter
#   JMH_RUN='-f 1 -wi 1 -i 1' bench/smt-benchmark.sh   (a quick smoke run; the default is below)
# Builds dtle-smt's JMH benchmarks (src/jmh/java, Maven profile -Pbench) and the modules they need from this
# checkout (offline), runs each in one fork (3 x 1 s warm-up, 5 x 1 s measured: about 2 minutes in all) and
# prints ns/op and ops/s.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q -Pbench test-compile -pl dtle-smt -am
cp_file=dtle-smt/target/bench-classpath.txt
mvn -B -o -q -Pbench dependency:build-classpath -pl dtle-smt -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/$cp_file"
# This checkout's dtle modules, not whatever version of them is in ~/.m2.
deps=$(tr ':' '\n' < "$cp_file" | grep -v '/io/dtle/' | paste -sd: -)
classpath="dtle-smt/target/test-classes:dtle-smt/target/classes:dtle-source-connector/target/classes"
classpath="$classpath:dtle-common/target/classes:$deps"
results=dtle-smt/target/jmh-results.csv
echo "nproc: $(nproc); load average at start: $(cat /proc/loadavg)"
java -Xmx1g -Dlog4j2.configurationFile=bench/log4j2-bench.xml -cp "$classpath" org.openjdk.jmh.Main \
    ${JMH_RUN:--f 1 -wi 3 -w 1s -i 5 -r 1s} -rf csv -rff "$results" "$@"
echo
echo "load average at end: $(cat /proc/loadavg)"
# JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"; scores in ns/op.
awk -F, 'NR == 1 { printf "%-60s %10s %8s %14s\n", "benchmark", "ns/op", "+/-", "ops/s"; next }
         { gsub(/"/, ""); name = $1; sub(/^io\.dtle\.smt\.jmh\./, "", name)
           printf "%-60s %10.1f %8.1f %14\047.0f\n", name, $5, $6, 1e9 / $5 }' "$results"
