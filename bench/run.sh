#!/usr/bin/env bash
# The benchmark of "Fast at national scale": generates N submissions (default 10,000) with a fixed seed, then
# times, on the same folder, a plain inflate of every zip entry, the packaged jar, bench/consolidate.py (the
# Python script a user would otherwise write), the jar on a night when 1% of the files changed and on a night when
# none did, checks every figure against what was generated and prints a table. Exits 1 when a figure is wrong.
#
# Usage: bench/run.sh [N] [seed]     work folder: target/bench/n<N> (or $BENCH_WORK)
set -euo pipefail

N=${1:-10000}
SEED=${2:-2007}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/target/bench/n$N}
PY=/usr/bin/python3   # Debian's python, where python3-openpyxl and python3-xlrd are installed
JAR=$ROOT/target/tonghop.jar
# the jar as README's nightly recipes start it: unpacked, with the class-data-sharing archive the build made
APP=$ROOT/target/app
cd "$ROOT"

say() { printf '== %s\n' "$*" >&2; }

if ! "$PY" -c 'import openpyxl, xlrd' 2>/dev/null || [ ! -x /usr/bin/time ]; then
    say "installing python3-openpyxl, python3-xlrd and time (for peak memory)"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-openpyxl python3-xlrd time >&2
fi
if [ ! -f "$JAR" ] || [ ! -f "$APP/tonghop.jsa" ]; then
    say "building $JAR"
    mvn -B -q -DskipTests package >&2
fi
say "compiling the benchmark helpers (test sources)"
mvn -B -q test-compile >&2
CLASSPATH_FILE=$ROOT/target/bench/classpath.txt
if [ ! -s "$CLASSPATH_FILE" ] || [ pom.xml -nt "$CLASSPATH_FILE" ]; then
    mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE" >&2
fi
HELPERS=(java -Dlogback.configurationFile="$ROOT/bench/logback-quiet.xml"
         -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$CLASSPATH_FILE")")

MARK="$WORK/generated-$N-$SEED"
if [ -f "$MARK" ]; then
    say "reusing the $N generated files in $WORK; restoring the files the last night changed"
    "${HELPERS[@]}" vn.tonghop.bench.BenchmarkGenerator "$WORK" "$N" "$SEED" restore >&2
else
    say "generating $N submissions (seed $SEED) into $WORK"
    rm -rf "$WORK"
    "${HELPERS[@]}" vn.tonghop.bench.BenchmarkGenerator "$WORK" "$N" "$SEED" full >&2
    touch "$MARK"
fi
cd "$WORK"
rm -rf data output logs runs
mkdir runs
uptime > runs/load-before.txt

# timed NAME COMMAND...: wall clock, exit code and /usr/bin/time's report (peak RSS) under runs/NAME
timed() {
    local name=$1 start rc
    shift
    mkdir -p "runs/$name"
    say "$name"
    start=$(date +%s%N)
    set +e
    /usr/bin/time -v -o "runs/$name/time.txt" "$@" > "runs/$name/stdout.txt" 2> "runs/$name/stderr.txt"
    rc=$?
    set -e
    echo "$start $(date +%s%N) $rc" > "runs/$name/clock.txt"
}

# README's nightly command: the unpacked program with its class-data archive, the quick compiler alone and the
# parallel collector (see README, "Speed")
FAST=(-XX:SharedArchiveFile="$APP/tonghop.jsa" -Xlog:cds=off -XX:TieredStopAtLevel=1 -XX:+UseParallelGC
      -jar "$APP/tonghop.jar")

# run_jar NAME [JVM...]: one run of the program on the work folder (README's nightly command unless JVM is given),
# its summary.json kept under runs/NAME
run_jar() {
    local name=$1
    shift
    local jvm=("$@")
    [ ${#jvm[@]} -gt 0 ] || jvm=("${FAST[@]}")
    timed "$name" java -Xmx512m "${jvm[@]}" run --job=jobs/bench/job.yml --input=input --output=output --data=data
    local latest
    latest=$(tr -d '[:space:]' < output/bench/latest.txt 2>/dev/null || true)
    if [ -n "$latest" ] && [ -f "output/bench/$latest/summary.json" ]; then
        cp "output/bench/$latest/summary.json" "runs/$name/summary.json"
    fi
}

find input -type f -exec cat {} + > /dev/null   # every contestant reads from the page cache
timed inflate "${HELPERS[@]}" vn.tonghop.bench.InflateFloor input
run_jar plain -jar "$JAR"
rm -rf data output logs
run_jar full
timed script "$PY" "$ROOT/bench/consolidate.py" jobs/bench/units.csv input
say "changing 1% of the files (new content, same names)"
"${HELPERS[@]}" vn.tonghop.bench.BenchmarkGenerator "$WORK" "$N" "$SEED" night >&2
run_jar night
run_jar unchanged
"${HELPERS[@]}" vn.tonghop.bench.StepTimes data > runs/steps.json
uptime > runs/load-after.txt

"$PY" "$ROOT/bench/report.py" "$WORK"
