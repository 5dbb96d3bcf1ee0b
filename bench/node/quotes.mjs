// compromise quotations over the corpus: what a JavaScript developer would
// reach for to find quotes. It finds quoted spans only (no speakers).
import nlp from 'compromise';
import { bench } from './corpus.mjs';

bench('compromise quotations', d => nlp(d.text).quotations().length);
