# usage: keyscore.py OUT.jsonl [ARCHIVE.jsonl [show]]
# Script score (no hand judgement): a question counts when its expected article
# is cited and at least half of the key tokens of its expected answer
# (capitalised words, numbers, quoted words) appear in the answer's first 3 lines.
import json,re,sys
titles={}
for l in open(sys.argv[2] if len(sys.argv)>2 else '/work/bbcask/archive.jsonl'):
    d=json.loads(l); titles[d['id']]=d['title']
STOP=set("No Yes As The A An In On Of For And I Mr Ms".split())
def keys(e):
    ks=set(re.findall(r"\b(?:[A-Z][a-zA-Z'&-]+|\d[\d.,/]*\w*)",e))
    return [k for k in ks if k not in STOP]
n=ok=0; miss=[]
for i,l in enumerate(open(sys.argv[1])):
    r=json.loads(l); n+=1
    head="\n".join(r['answer'].splitlines()[:3]).lower()
    ks=keys(r['expect'])
    hit=sum(1 for k in ks if k.lower() in head)
    cited=any(titles[c] in r['answer'] for c in r['cite'])
    if cited and (not ks or hit*2>=len(ks)): ok+=1
    else: miss.append(i+1)
print("%s: script right %d/%d"%(sys.argv[1],ok,n))
if len(sys.argv)>3: print("misses:",miss)
