import json,sys
titles={}
for l in open(sys.argv[2] if len(sys.argv)>2 else '/work/bbcask/archive.jsonl'):
    d=json.loads(l); titles[d['id']]=d['title']
for i,l in enumerate(open(sys.argv[1])):
    r=json.loads(l)
    print("#%d Q: %s\n   EXPECT: %s  [%s]"%(i+1,r['q'],r['expect'],", ".join(titles[c] for c in r['cite'])))
    print("   "+r['answer'].rstrip().replace("\n","\n   ")); print()
