#!/usr/bin/env bash
# Every measurement behind BENCHMARKS.md, in order, logged to
# $BENCH_DIR/run-TIMESTAMP.txt. Each phase keeps the cores busy for at most
# a few minutes; pauses between phases leave the (shared) machine to others.
#
#   bench/run.sh [SIZE...]            default sizes: 10000 100000
#
# Needs ../shared (the BBC corpus), Node.js 20 and npm (bench/node's
# packages are installed on first run), and a few GB of disk in
# $BENCH_DIR (default /tmp/newsbot-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BENCH_DIR:-/tmp/newsbot-bench}
pause=${BENCH_PAUSE:-20}
reps=${BENCH_RUNS:-5} # repeated runs of the extraction and side-by-side figures
mkdir -p "$dir"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
log="$dir/run-$(date -u +%Y%m%dT%H%M%SZ).txt"
export BENCH_DIR="$dir"

{
  echo "== machine"
  date -u
  echo "nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'); $(free -g | awk '/Mem:/ {print $2 " GB RAM"}')"
  go version; echo "node $(node --version)"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other jobs share these cores)"

  echo; echo "== extraction throughput, one goroutine (-cpu 1), $reps runs"
  NEWSBOT_BENCH=1 go test -run '^$' -bench 'Extract' -benchtime 1x -count "$reps" -cpu 1 ./bench/
  sleep "$pause"

  echo; echo "== CPU profile of the full extraction"
  NEWSBOT_BENCH=1 go test -run '^$' -bench 'Extract/full$' -benchtime 3x -cpu 1 \
    -o "$dir/bench.test" -cpuprofile "$dir/extract.pprof" ./bench/ | grep Benchmark
  go tool pprof -top -nodecount 25 "$dir/bench.test" "$dir/extract.pprof" 2>/dev/null | tail -n +6
  go tool pprof -top -cum -nodecount 40 "$dir/bench.test" "$dir/extract.pprof" 2>/dev/null | grep newsbot | head -20
  sleep "$pause"

  echo; echo "== where the full extraction's time goes: each stage in situ, and what each stage evicts"
  NEWSBOT_BENCH=1 go test -run '^$' -bench 'BreakdownBBC|EvictionBBC' -benchtime 1x -cpu 1 ./extract/ | grep Benchmark
  sleep "$pause"

  echo; echo "== side by side with compromise and chrono-node (same run, interleaved)"
  # The pinned packages (bench/node/package-lock.json), installed once.
  [ -d bench/node/node_modules ] || (cd bench/node && npm ci --no-audit --no-fund)
  go run ./bench/cmd/sidebyside -runs "$reps"
  sleep "$pause"

  echo; echo "== ingest through bot ingest --jsonl"
  for n in "${sizes[@]}"; do
    runs=3
    [ "$n" -ge 100000 ] && runs=${BENCH_BIG_RUNS:-1}
    bash bench/ingest.sh -r "$runs" "$n"
    sleep "$pause"
  done

  echo; echo "== serving: queries, start-up, memory, slash commands, EXPLAIN"
  go build -o "$dir/querybench" ./bench/cmd/querybench
  for n in "${sizes[@]}"; do
    echo "-- $n articles"
    "$dir/querybench" -db "$dir/bench-$n.db" -runs 300 -slash 200
    sleep "$pause"
  done
} 2>&1 | tee "$log"
echo "log: $log"
