// chrono-node over the corpus, each article anchored at the same synthetic
// publication day the Go side uses.
import * as chrono from 'chrono-node';
import { bench, publishedFor } from './corpus.mjs';

bench('chrono-node parse', d => chrono.parse(d.text, publishedFor(d.seq, d.total)).length);
