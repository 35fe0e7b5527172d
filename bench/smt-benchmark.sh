#!/usr/bin/env bash
# Per-record cost of the transforms (WhereFilter, LoopDetection) and of the Where engine alone, with JMH.
# Usage: bench/smt-benchmark.sh [benchmark regex...]   e.g. bench/smt-benchmark.sh WhereFilter
#   JMH_RUN='-f 1 -wi 1 -i 1' bench/smt-benchmark.sh   (a quick smoke run; the default is below)
# Builds dtle-smt's JMH benchmarks (src/jmh/java, Maven profile -Pbench) and the modules they need from this
# checkout (offline), runs each in one fork (3 x 1 s warm-up, 5 x 1 s measured, average time and sampled single
# calls: about 4 minutes in all) and prints ns/op (average and median) and ops/s.
# Not while split-benchmark.sh builds in the same checkout: its build without -Pbench recompiles dtle-smt's test
# classes without the benchmarks.
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
    ${JMH_RUN:--f 1 -wi 3 -w 1s -i 5 -r 1s -bm avgt,sample} -rf csv -rff "$results" "$@"
echo
echo "load average at end: $(cat /proc/loadavg)"
# JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit", scores in ns/op; sample
# mode adds one row per percentile ("<name>:p0.50"). The median of single calls hardly moves with the machine's load,
# the average time does (a call preempted for milliseconds counts in full); the median includes about 20-50 ns of
# timer overhead, so it is the figure for calls above ~100 ns, the average for the tiny ones on a quiet machine.
awk -F, '{ gsub(/"/, "") }
         NR > 1 { name = $1; sub(/^io\.dtle\.smt\.jmh\./, "", name)
                  if (name ~ /:p0\.50$/) { sub(/:p0\.50$/, "", name); p50[name] = $5 }
                  else if ($2 == "avgt") { avg[name] = $5; err[name] = $6 }
                  if (name !~ /:p/ && !(name in seen)) { seen[name] = 1; order[++n] = name } }
         END { printf "%-48s %12s %10s %14s %12s\n", "benchmark", "avg ns/op", "+/-", "ops/s (avg)", "p50 ns/op"
               for (i = 1; i <= n; i++) { b = order[i]
                   printf "%-48s %12s %10s %14s %12s\n", b, b in avg ? sprintf("%.1f", avg[b]) : "-",
                       b in avg ? sprintf("%.1f", err[b]) : "-", b in avg ? sprintf("%.0f", 1e9 / avg[b]) : "-",
                       b in p50 ? sprintf("%.0f", p50[b]) : "-" } }' "$results"
