package issues

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/text"
)

// The segmenter and phrase counter as they were before the fast paths
// (closures over the run, a mention test per token, one addPhrase for
// runs of any length): the equivalence test and fuzz target below hold
// segment, addRun and addWord to them, record for record.

func (a *analyser) refSegment(si int, score float64, ms []people.Mention) {
	seg := len(a.segs)
	a.segs = append(a.segs, segment{sent: si, start: a.sents[si].Start, end: a.sents[si].End, score: score})
	run := a.runBuf[:0]
	flush := func() {
		if len(run) > 0 {
			a.refAddRun(run, seg)
			run = run[:0]
		}
	}
	flushBefore := func(k int) {
		if len(run) == 0 {
			return
		}
		if !a.toks[k].punct && !a.toks[run[len(run)-1]].possessive && (a.toks[run[len(run)-1]].capital || len(run) > 1 && a.roleAt(k)) {
			a.modifierRun = true
		}
		a.refAddRun(run, seg)
		a.modifierRun = false
		run = run[:0]
	}
	m := 0
	for k := 0; k < len(a.toks); k++ {
		t := &a.toks[k]
		ts := int(t.start)
		if k > 0 && a.splitBefore(k) {
			flush()
			a.segs[seg].end = ts
			seg = len(a.segs)
			a.segs = append(a.segs, segment{sent: si, start: ts, end: a.sents[si].End, score: score})
		}
		for m < len(ms) && ms[m].End <= ts {
			m++
		}
		inMention := m < len(ms) && ms[m].Start <= ts && ts < ms[m].End
		if inMention && ms[m].Kind == people.Organisation {
			t.org = true
		}
		if inMention && a.isPerson(ms[m].Person) {
			mm := ms[m]
			flush()
			first := k
			for k+1 < len(a.toks) && int(a.toks[k+1].start) < mm.End {
				k++
			}
			st := a.add(a.personHash(mm.Person), mm.Start, mm.End, seg, true, mm.Person)
			if a.caseAround(first, k) {
				st.flags |= fCase
			}
			continue
		}
		inName := t.capital && len(run) > 0 && a.toks[run[len(run)-1]].capital && !a.toks[run[len(run)-1]].possessive && !t.punct
		if !inName && t.plain {
			flushBefore(k)
			continue
		}
		run = append(run, k)
		if t.possessive {
			flush()
		}
	}
	flush()
	a.runBuf = run
}

func (a *analyser) refAddRun(run []int, seg int) {
	if len(run) == 0 {
		return
	}
	toks := a.toks
	capEnd := 0
	for capEnd < len(run) && toks[run[capEnd]].capital {
		capEnd++
	}
	if a.segs[seg].score == 0 {
		if capEnd > 0 && capEnd <= 3 {
			a.refAddPhrase(run[:capEnd], seg)
		}
		for i := capEnd; i < len(run); i++ {
			a.refAddPhrase(run[i:i+1], seg)
		}
		return
	}
	if capEnd > 0 && capEnd < len(run) && capEnd <= 3 {
		a.refAddPhrase(run[:capEnd], seg)
	}
	if len(run) > 3 {
		if capEnd > 0 && capEnd < len(run) {
			run = run[capEnd:]
		}
		if len(run) > 3 {
			run = run[len(run)-3:]
		}
	}
	a.refAddPhrase(run, seg)
	for i := 1; i+1 < len(run); i++ {
		a.refAddPhrase(run[i:], seg)
	}
	if len(run) > 1 {
		for i := range run {
			if !toks[run[i]].capital {
				a.refAddPhrase(run[i:i+1], seg)
			}
		}
	}
}

func (a *analyser) refAddPhrase(run []int, seg int) {
	toks := a.toks
	h := uint64(fnvOffset)
	proper, org := true, true
	for _, k := range run {
		org = org && toks[k].org
		h = (h ^ a.wordHash(k)) * fnvPrime
		proper = proper && toks[k].capital
	}
	if len(run) == 1 {
		if proper && a.demonym(h, run[0]) {
			return
		}
		if a.toks[run[0]].stemLen < 3 {
			return
		}
	}
	start, end := int(toks[run[0]].start), int(toks[run[len(run)-1]].end)
	end = start + len(trimPossessive(a.text[start:end]))
	u := a.add(h, start, end, seg, proper, -1)
	if org {
		u.flags |= fOrg
	}
	if len(run) == 1 && !proper && u.flags&fWeak == 0 && !toks[run[0]].lex.topical() {
		if weakEnding(a.text[toks[run[0]].start:toks[run[0]].end]) {
			u.flags |= fWeak
		}
	}
}

// segmentAll runs the segmenter (or its reference) over every sentence
// of s as read does, without the lead and headline rules around it.
func segmentAll(s string, cast *people.Cast, ref bool) *analyser {
	sc := new(scratch)
	a := &analyser{text: s, sents: text.Sentences(s), cast: cast, sc: sc}
	a.index = sc.phraseIndex(len(s) / 16)
	mi := 0
	for si, sp := range a.sents {
		a.toks = tokenize(sp.Text, sp.Start, a.toks[:0])
		score := 0.0
		for k, t := range a.toks {
			if t.lex.cue > 0 && !a.verbCue(k) {
				score += float64(t.lex.cue)
			}
		}
		score = min(score, maxScore)
		for mi < len(cast.Mentions) && cast.Mentions[mi].Start < sp.Start {
			mi++
		}
		mj := mi
		for mj < len(cast.Mentions) && cast.Mentions[mj].Start < sp.End {
			mj++
		}
		if ref {
			a.refSegment(si, score, cast.Mentions[mi:mj])
		} else {
			a.segment(si, score, cast.Mentions[mi:mj])
		}
	}
	return a
}

func checkSegment(t *testing.T, s string) {
	t.Helper()
	cast := people.Find(s)
	got, want := segmentAll(s, cast, false), segmentAll(s, cast, true)
	if !slices.Equal(got.segs, want.segs) {
		t.Fatalf("segments of %q:\n got %v\nwant %v", s, got.segs, want.segs)
	}
	if !slices.Equal(got.stats, want.stats) {
		t.Fatalf("phrase records of %q:\n got %+v\nwant %+v", s, got.stats, want.stats)
	}
	if !slices.Equal(got.occ, want.occ) {
		t.Fatalf("occurrences of %q:\n got %v\nwant %v", s, got.occ, want.occ)
	}
	// Each phrase's chain of occurrences lists its segments, ascending and
	// distinct, ending at the last one counted; all of them together are
	// every occurrence.
	total := 0
	for i, st := range got.stats {
		var segs []int32
		for o := st.occFirst; o != 0; o = got.occ[o-1].next {
			segs = append(segs, got.occ[o-1].seg)
		}
		total += len(segs)
		if len(segs) != int(st.nSegs) || len(segs) > 0 && segs[len(segs)-1] != st.lastSeg {
			t.Fatalf("phrase %d of %q: chain %v, %d segments, last %d", i, s, segs, st.nSegs, st.lastSeg)
		}
		for k := 1; k < len(segs); k++ {
			if segs[k] <= segs[k-1] {
				t.Fatalf("phrase %d of %q: chain %v not ascending", i, s, segs)
			}
		}
	}
	if total != len(got.occ) {
		t.Fatalf("%q: chains hold %d occurrences of %d", s, total, len(got.occ))
	}
}

// TestSegmentMatchesReference holds the segmenter and phrase counter to
// their reference on the test articles and the story above.
func TestSegmentMatchesReference(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil {
		t.Fatalf("list test articles: %v", err)
	}
	texts := []string{story, "", "Lai's trial; the Hong Kong media mogul's lawyers -- and Beijing's critics -- said the U.S. and EU sanctions were 'unlawful'."}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read test article: %v", err)
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		checkSegment(t, s)
	}
}

func FuzzSegment(f *testing.F) {
	f.Add(story)
	f.Add("Sarah Lin's detention: China's envoy and the EU's trade chief clashed over tariffs; Lin, who faces trial, denied the charges.")
	f.Fuzz(checkSegment)
}
