// Shared by quotes.mjs and dates.mjs: read the corpus, time passes, print
// one JSON line per run so bench/cmd/sidebyside can compute medians.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function args() {
  const out = { corpus: process.env.NEWSBOT_SHARED
      ? join(process.env.NEWSBOT_SHARED, 'corpus/bbc/corpus.jsonl')
      : join(here, '../../../shared/corpus/bbc/corpus.jsonl'),
    runs: 3, warmup: 1, every: 1 };
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--corpus') out.corpus = a[++i];
    else if (a[i] === '--runs') out.runs = Number(a[++i]);
    else if (a[i] === '--warmup') out.warmup = Number(a[++i]);
    else if (a[i] === '--every') out.every = Number(a[++i]);
    else throw new Error(`unknown argument ${a[i]}`);
  }
  return out;
}

// Same synthetic publication days as the Go side (bench.PublishedFor):
// evenly over 2006-2025 in corpus order, truncated to the UTC day.
export function publishedFor(seq, total) {
  const start = Date.UTC(2006, 0, 1), end = Date.UTC(2026, 0, 1);
  const t = start + Math.floor((end - start) * seq / total);
  return new Date(t - (t % 86400000));
}

// load reads the corpus; every > 1 keeps every k-th article (compromise is
// too slow for many passes over all of it). Each document keeps its index in
// the whole corpus, so publication days match the Go side's.
export function load(path, every = 1) {
  let raw;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    console.error(`corpus not found at ${path} (../shared is absent): skipping`);
    process.exit(0);
  }
  const all = raw.split('\n').filter(l => l.trim() !== '').map(l => JSON.parse(l));
  const docs = all.map((d, i) => ({ ...d, seq: i, total: all.length })).filter(d => d.seq % every === 0);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  return { docs, bytes };
}

// bench runs fn(doc) over every document per pass; warm-up passes let the JIT
// settle and are not reported.
export function bench(tool, fn) {
  const o = args();
  const { docs, bytes } = load(o.corpus, o.every);
  for (let w = 0; w < o.warmup; w++) docs.forEach(d => fn(d));
  for (let r = 0; r < o.runs; r++) {
    let found = 0;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    docs.forEach(d => { found += fn(d); });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const c1 = process.cpuUsage(c0); // user + system µs of every thread, GC helpers included
    const cpu = (c1.user + c1.system) / 1e6;
    console.log(JSON.stringify({ tool, run: r + 1, articles: docs.length, bytes, seconds: secs,
      mb_per_s: bytes / 1e6 / secs, cpu_seconds: cpu, cpu_mb_per_s: bytes / 1e6 / cpu, found }));
  }
}
