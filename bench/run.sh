#!/usr/bin/env bash
# The benchmark of "Fast at national scale": generates N submissions (default 10,000) with a fixed seed, then
# times, on the same folder, a plain inflate of every zip entry, the packaged jar, bench/consolidate.py (the
# Python script a user would otherwise write), the jar on a night when 1% of the files changed and on a night when
# none did, both as a scheduled `run` and inside a resident `watch`, checks every figure against what was generated
# and prints a table. Exits 1 when a figure is wrong.
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

# The same two nights inside `watch` (README, "Running unattended"), which stays up between runs: on a new data
# folder it consolidates the folder as it was before the night at start and runs three times more on files touched
# without a change (a watch up for weeks has run before), then a run follows the 1% change, then another follows a
# file touched without changing its content. Each run's seconds are its job's, from the job
# repository (the seconds a poll takes to notice the change are not counted); its CPU is what the process used
# from the change until the run ended; the peak memory is the process's over its life.
say "the nights inside watch"
"${HELPERS[@]}" vn.tonghop.bench.BenchmarkGenerator "$WORK" "$N" "$SEED" restore >&2
rm -rf data output logs
# README's command for watch: the class-data archive and the parallel collector, with both compilers (it stays up)
java -Xmx512m -XX:SharedArchiveFile="$APP/tonghop.jsa" -Xlog:cds=off -XX:+UseParallelGC -jar "$APP/tonghop.jar" \
    watch --poll=1 --job=jobs/bench/job.yml --input=input --output=output --data=data \
    > runs/watch.out 2> runs/watch.err &
WATCH=$!
# a benchmark that fails or is interrupted must not leave the watch holding the data folder
trap 'kill "$WATCH" 2>/dev/null || true' EXIT
TICK=$(getconf CLK_TCK)
runs_done() { grep -c '^Kết quả' runs/watch.out || true; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$WATCH/stat"; }
# wait_run N: until the watch has finished N runs (gives up after 10 minutes)
wait_run() {
    local waited=0
    while [ "$(runs_done)" -lt "$1" ]; do
        if ! kill -0 "$WATCH" 2>/dev/null || [ $waited -ge 6000 ]; then
            say "watch stopped or hung; see runs/watch.err"
            return 1
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
}
# watch_night NAME COUNT: after a change, waits for the COUNT-th run and keeps its summary and CPU under runs/NAME
watch_night() {
    local name=$1 count=$2 before=$3 latest
    wait_run "$count"
    mkdir -p "runs/$name"
    latest=$(tr -d '[:space:]' < output/bench/latest.txt)
    cp "output/bench/$latest/summary.json" "runs/$name/summary.json"
    echo "$(( ($(cpu_ticks) - before) / TICK )).$(( ($(cpu_ticks) - before) % TICK * 100 / TICK ))" \
        > "runs/$name/cpu.txt"
}
wait_run 1
# a watch that has been up for a while has run before: three runs on a touched file (nothing to parse) first
for warm in 2 3 4; do
    sleep 2
    touch "input/$(ls input | sed -n "${warm}p")"
    wait_run "$warm"
done
sleep 2
say "changing 1% of the files again, watch running"
# written aside, then moved in at once, as a copy from a unit's e-mail would arrive: one change, one run
rm -rf stage
"${HELPERS[@]}" vn.tonghop.bench.BenchmarkGenerator "$WORK/stage" "$N" "$SEED" night >&2
before=$(cpu_ticks)
(cd stage/input && find . -type f -exec mv -f {} ../../input/{} \;)
rm -rf stage
watch_night watch-night 5 "$before"
sleep 2
say "touching one file without changing it, watch running"
before=$(cpu_ticks)
touch "input/$(ls input | head -1)"
watch_night watch-unchanged 6 "$before"
grep VmHWM "/proc/$WATCH/status" | awk '{print $2}' > runs/watch-peak-kb.txt
kill -TERM "$WATCH"
wait "$WATCH" || true
"${HELPERS[@]}" vn.tonghop.bench.StepTimes data > runs/watch-steps.json
uptime > runs/load-after.txt

"$PY" "$ROOT/bench/report.py" "$WORK"
