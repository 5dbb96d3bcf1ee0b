#!/usr/bin/env bash
# Ingest timing at archive scale: `bot ingest --jsonl` of the BBC corpus
# replicated to each SIZE, RUNS times into a new database, with wall time,
# articles/s, peak RSS (/usr/bin/time) and database size; medians at the end.
#
#   bench/ingest.sh [-r RUNS] SIZE...        e.g. bench/ingest.sh -r 3 10000 100000
#
# Work files go to $BENCH_DIR (default /tmp/newsbot-bench); the last run's
# database of each size is kept there as bench-SIZE.db for querybench.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3
if [ "${1:-}" = "-r" ]; then runs=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: $0 [-r RUNS] SIZE..." >&2; exit 2; }
dir=${BENCH_DIR:-/tmp/newsbot-bench}
mkdir -p "$dir"
if ! go run ./bench/cmd/replicate -articles 1 -out /dev/null 2>/dev/null; then
  echo "skipping: the BBC corpus in ../shared is absent"; exit 0
fi
go build -o "$dir/bot" ./cmd/bot
go build -o "$dir/replicate" ./bench/cmd/replicate

for n in "$@"; do
  results="$dir/ingest-$n.tsv"
  printf 'size\trun\tseconds\tarticles_per_s\tadded\tskipped\tpeak_rss_mb\tdb_mb\n' | tee "$results"
  archive="$dir/bbc-$n.jsonl"
  [ -s "$archive" ] || "$dir/replicate" -articles "$n" -out "$archive"
  for r in $(seq 1 "$runs"); do
    db="$dir/bench-$n.db"
    rm -f "$db" "$db-wal" "$db-shm"
    /usr/bin/time -f '%e %M' -o "$dir/time.txt" env NEWSBOT_DB="$db" "$dir/bot" ingest --jsonl "$archive" > "$dir/ingest-$n-$r.log"
    read -r secs rss_kb < "$dir/time.txt"
    summary=$(tail -n 1 "$dir/ingest-$n-$r.log")
    added=$(sed -n 's/^added \([0-9]*\),.*/\1/p' <<<"$summary")
    skipped=$(sed -n 's/.*skipped \([0-9]*\),.*/\1/p' <<<"$summary")
    size=$(( $(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0) ))
    rate=$(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.0f", n / s }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%.0f\t%.1f\n' "$n" "$r" "$secs" "$rate" "$added" "$skipped" \
      "$(awk -v k="$rss_kb" 'BEGIN { print k / 1024 }')" "$(awk -v b="$size" 'BEGIN { print b / 1e6 }')" | tee -a "$results"
  done
  echo "median of $runs (articles/s is lines read / wall time, skipped duplicates included):"
  awk -F'\t' 'NR > 1 { s[$1] = s[$1] " " $3; r[$1] = r[$1] " " $4; m[$1] = m[$1] " " $7; d[$1] = $8; sz[$1] = 1 }
  function med(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END { for (k in sz) printf "%s articles: %s s, %s articles/s, peak RSS %s MB, database %s MB (runs:%s s)\n", k, med(s[k]), med(r[k]), med(m[k]), d[k], s[k] }' "$results"
done
