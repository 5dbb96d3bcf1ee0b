#!/usr/bin/env bash
# Two bot binaries side by side over the same JSON-lines archive, PAIRS
# times: CPU seconds (user+sys), wall time, peak RSS and the load around
# each run, then what the two stored (bench/cmd/dbcmp: every table both
# ways, both full-text indexes at instance level). Both run at once, so a
# pair sees the same load; on a shared machine compare CPU, not wall time.
#
#   bench/ingest-pair.sh OLD_BOT NEW_BOT ARCHIVE.jsonl [PAIRS]
#
# Databases and logs go to $BENCH_DIR (default /tmp/newsbot-bench)/pair.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 OLD_BOT NEW_BOT ARCHIVE.jsonl [PAIRS]" >&2; exit 2; }
old=$1 new=$2 archive=$3 pairs=${4:-3}
cd "$(dirname "$0")/.."
dir=${BENCH_DIR:-/tmp/newsbot-bench}/pair
mkdir -p "$dir"
go build -o "$dir/dbcmp" ./bench/cmd/dbcmp
run() { # run TAG BOT: one ingest into a fresh database, one result line
  local db="$dir/$1.db"
  rm -f "$db" "$db-wal" "$db-shm" "$db.fts" "$db.fts-wal" "$db.fts-shm"
  local l0 t
  l0=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f '%U %S %e %M' -o "$dir/$1.time" env NEWSBOT_DB="$db" "$2" ingest --jsonl "$archive" > "$dir/$1.log"
  read -r u s e m < "$dir/$1.time"
  printf '%s\tcpu %.2f s\twall %s s\tpeak RSS %d MB\tload %s-%s\n' "$1" "$(echo "$u $s" | awk '{print $1 + $2}')" \
    "$e" $((m / 1024)) "$l0" "$(cut -d' ' -f1 /proc/loadavg)"
}
for i in $(seq 1 "$pairs"); do
  run "old-$i" "$old" > "$dir/old-$i.res" &
  run "new-$i" "$new" > "$dir/new-$i.res" &
  wait
  cat "$dir/old-$i.res" "$dir/new-$i.res"
  "$dir/dbcmp" "$dir/old-$i.db" "$dir/new-$i.db" > "$dir/cmp-$i.txt" && echo "pair $i: stored data identical" ||
    { echo "pair $i: stored data differ:"; grep -v ' 0 only in A, 0 only in B' "$dir/cmp-$i.txt"; }
done
