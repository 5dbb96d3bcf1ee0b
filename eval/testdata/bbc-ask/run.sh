#!/bin/sh
# Re-run the BBC ask sets: builds the dated archive from the BBC corpus (ids
# and dates in dates.tsv; the texts are not kept here), ingests it into a
# fresh database, asks every question of A.jsonl and B.jsonl as of
# 2005-03-07 and prints the script score (judge by hand with show.py).
# SETS=CD runs the session-11 pair instead: its own archive (dates-cd.tsv),
# C.jsonl and D.jsonl as of 2005-03-03. SETS=EF runs the session-12 pair
# (dates-ef.tsv, E.jsonl and F.jsonl as of 2005-03-07). SETS=GH runs the
# session-13 pair (dates-gh.tsv, G.jsonl and H.jsonl as of 2005-03-20).
# usage: [SETS=CD|EF|GH] eval/testdata/bbc-ask/run.sh BOT [OUTDIR] [CORPUS]
set -e
BOT=${1:?usage: [SETS=CD|EF|GH] run.sh BOT [OUTDIR] [CORPUS]}
DIR=$(cd "$(dirname "$0")" && pwd)
OUT=${2:-/tmp/bbc-ask}
case ${SETS:-AB} in
AB) DATES=$DIR/dates.tsv; ASKDATE=2005-03-07; LIST="A B" ;;
CD) DATES=$DIR/dates-cd.tsv; ASKDATE=2005-03-03; LIST="C D" ;;
EF) DATES=$DIR/dates-ef.tsv; ASKDATE=2005-03-07; LIST="E F" ;;
GH) DATES=$DIR/dates-gh.tsv; ASKDATE=2005-03-20; LIST="G H" ;;
*) echo "run.sh: SETS must be AB, CD, EF or GH" >&2; exit 2 ;;
esac
CORPUS=${3:-$DIR/../../../../shared/corpus/bbc/corpus.jsonl}
mkdir -p "$OUT"; rm -f "$OUT"/bbcask.db*
python3 - "$CORPUS" "$DATES" "$OUT/archive.jsonl" <<'PY'
import json,sys
corpus,dates,out=sys.argv[1:]
d=dict(l.split() for l in open(dates))
with open(out,"w") as f:
    for l in open(corpus):
        a=json.loads(l)
        if a["id"] in d:
            f.write(json.dumps({"id":a["id"],"title":a["title"],"text":a["text"],"published":d[a["id"]]})+"\n")
PY
NEWSBOT_DB=$OUT/bbcask.db "$BOT" ingest --jsonl "$OUT/archive.jsonl" >/dev/null
for set in $LIST; do
  python3 - "$BOT" "$OUT/bbcask.db" "$ASKDATE" "$DIR/$set.jsonl" "$OUT/$set.out.jsonl" <<'PY'
import json,subprocess,sys,os
bot,db,day,src,dst=sys.argv[1:]
env=dict(os.environ,NEWSBOT_DB=db,NEWSBOT_TZ="Europe/London")
with open(dst,"w") as out:
    for line in open(src):
        r=json.loads(line)
        p=subprocess.run([bot,"ask","--date",day,r["q"]],capture_output=True,text=True,env=env)
        r["answer"]=p.stdout+p.stderr
        out.write(json.dumps(r)+"\n")
PY
  python3 "$DIR/keyscore.py" "$OUT/$set.out.jsonl" "$OUT/archive.jsonl"
done
