package trips

import (
	"math/bits"
	"sort"

	"github.com/newsroom/newsbot/extract/internal/letters"
	"github.com/newsroom/newsbot/extract/text"
)

// mayHaveCueFast is a cheaper, looser mayHaveCue: it never says no where
// mayHaveCue says yes, and says yes on few other sentences. It looks at a
// word only where it ends: eight bytes at a time it marks the ASCII
// letters, and at each end of a run of letters it reads the run (up to
// twelve letters) into a fingerprint whose slot in letterKinds says
// whether the word may be a cue, a presence verb or a follower. Anything
// but a letter (digits, marks, non-ASCII) ends a run, which only splits
// words into more words: a cue word is letters only, so it still ends a
// run of its own.
func mayHaveCueFast(s string) bool { return quickScan(s)&^uint64(qStop) != 0 }

// quickScan is mayHaveCueFast's scan: its result holds qCue or qFollower
// where mayHaveCueFast says yes (it stops at the first), and qStop where
// a word campaignStop reads was seen before.
func quickScan(s string) uint64 {
	var hit, pres uint64 // pres: qPresence when the last word was a presence verb
	kinds := letterKinds
	lastNon := -1           // the last non-letter byte before the chunk
	prevLetter := uint64(0) // the high bit set when the byte before the chunk is a letter
	for p := 0; p < len(s); p += 8 {
		var x uint64
		if p+8 <= len(s) {
			x = load64(s, p)
		} else if r := len(s) - p; len(s) >= 8 {
			// The tail, padded with spaces, which end the last word.
			x = load64(s, len(s)-8)>>(8*(8-r)) | ones*' '<<(8*r)
		} else {
			x = ones * ' '
			for k := p; k < len(s); k++ {
				x = x&^(0xff<<(8*(k-p))) | uint64(s[k])<<(8*(k-p))
			}
		}
		letters := letterBytes(x)
		non := ^letters & highs
		ends := non & (letters<<8 | prevLetter)
		for ends != 0 {
			b := bits.TrailingZeros64(ends) // the high bit of the ending byte
			ends &= ends - 1
			e := p + b>>3
			// The word starts after the last non-letter before e.
			st := lastNon + 1
			if below := non & (1<<(uint(b)&63) - 1); below != 0 {
				st = p + (63-bits.LeadingZeros64(below))>>3 + 1
			}
			slot := uint64(0) // letterKinds' slot 0 holds no word
			if n := e - st; n <= 8 && e >= 8 {
				// letterSlot for the common short word, inline.
				// The shift is below 64 (n >= 1), which &63 tells the
				// compiler.
				sh := uint(64-8*n) & 63
				lo := load64(s, e-8)>>sh | ones*0x20>>sh
				slot = (lo * letterMul) >> (64 - letterBits)
			} else if n < 8 && len(s) >= 8 {
				// The same near the start of the text (e < 8).
				lo := load64(s, 0)>>(8*st)&(1<<(8*n)-1) | ones*0x20>>(64-8*n)
				slot = (lo * letterMul) >> (64 - letterBits)
			} else if n <= 12 {
				slot = letterSlot(s, st, e)
			}
			kind := uint64(kinds[slot])
			hit |= kind & (uint64(qCue|qStop) | pres<<1) // pres<<1 is qFollower after a presence verb
			pres = kind & uint64(qPresence)
		}
		if hit&^uint64(qStop) != 0 {
			return hit // the rest cannot take it back
		}
		if non != 0 {
			lastNon = p + (63-bits.LeadingZeros64(non))>>3
		}
		prevLetter = (letters >> 56) & 0x80
	}
	if len(s)%8 == 0 && prevLetter != 0 {
		// The text ends in a letter on a chunk boundary: its last word.
		e, st := len(s), lastNon+1
		kind := uint64(0)
		if e-st <= 12 {
			kind = uint64(kinds[letterSlot(s, st, e)])
		}
		hit |= kind & (uint64(qCue|qStop) | pres<<1)
	}
	return hit
}

// letterBytes has the high bit set in each byte of x that is an ASCII
// letter. Ranges are tested on the low seven bits, where adding 0x80-c
// cannot carry into the next byte.
func letterBytes(x uint64) uint64 {
	l := x&^highs | ones*0x20 // letters lower-cased
	return ((l + ones*(0x80-'a')) &^ (l + ones*(0x80-'z'-1)) &^ x) & highs
}

// letterSlot is the letterKinds slot of the word s[st:e] of one to twelve
// ASCII letters, in any case.
func letterSlot(s string, st, e int) uint64 {
	n := e - st
	if n > 8 {
		// The first and the last eight letters, and the length.
		lo, hi := load64(s, st)|ones*0x20, load64(s, e-8)|ones*0x20
		return ((lo^uint64(n))*letterMul ^ hi*0xC2B2AE3D27D4EB4F) >> (64 - letterBits)
	}
	// The letters, lower-cased, in the low bytes: the zero bytes above
	// them give the length.
	var lo uint64
	for k := st; k < e; k++ {
		lo |= uint64(s[k]) << (8 * (k - st))
	}
	lo |= ones * 0x20 >> (64 - 8*n)
	return (lo * letterMul) >> (64 - letterBits)
}

const (
	letterBits = 15
	letterMul  = 0x9E3779B97F4A7C15
)

// letterKinds holds, by letterSlot, the kinds of the words of quickTable.
// Two words may share a slot (their kinds are merged) and a word of the
// text may land in a cue's slot: both only let a sentence through to the
// exact check.
var letterKinds = func() *[1 << letterBits]quickKind {
	t := new([1 << letterBits]quickKind)
	for _, e := range quickTable.entries {
		slot := letterSlot(e.w, 0, len(e.w))
		if slot == 0 {
			panic("trips: a cue word takes slot 0, which stands for no word")
		}
		t[slot] |= e.kind
	}
	return t
}()

// scan is quickScan(sp.Text) read from f.runs when the caller gave them:
// not the same bits, but the same answer to each question run asks of
// it (whether it holds qCue or qFollower, whether it is qStop alone, or
// nothing), which is all run reads. Sentences come in order, so the runs
// are walked once per article. A sentence whose edge cuts a run (a span
// not from text.Sentences) is scanned as before.
func (f *finder) scan(sp text.Span) uint64 {
	if f.runs == nil || len(sp.Text) != sp.End-sp.Start {
		return quickScan(sp.Text)
	}
	rs, k := f.runs, f.runAt
	if k < len(rs) && int(rs[k].End) <= sp.Start {
		// Past the runs the last sentence left unread (its scan stops at
		// its first cue): a binary search, as that may be most of them.
		k += sort.Search(len(rs)-k, func(j int) bool { return int(rs[k+j].End) > sp.Start })
	}
	f.runAt = k
	if k < len(rs) && int(rs[k].Start) < sp.Start {
		return quickScan(sp.Text) // a run begins before the sentence
	}
	if hit, ok := runScan(f.text, rs[k:], sp.End); ok {
		return hit
	}
	return quickScan(sp.Text) // a run goes past the sentence's end
}

// runScan is quickScan over the runs of letters rs that start before end
// (rs sorted, the first at or after the sentence's start): it gives a cue
// or follower bit where quickScan does, else qStop where quickScan does.
// It fails (ok false) on a run that end cuts, which quickScan would read
// as a shorter word.
func runScan(s string, rs []letters.Run, end int) (hit uint64, ok bool) {
	var pres uint64
	kinds := letterKinds
	for k := range rs {
		r := &rs[k]
		if int(r.End) > end {
			if int(r.Start) >= end {
				break // the next sentence's
			}
			return 0, false
		}
		slot := uint64(0) // letterKinds' slot 0 holds no word
		if n := r.End - r.Start; n <= 8 {
			slot = (r.Low * letterMul) >> (64 - letterBits)
		} else if n <= 12 {
			slot = letterSlot(s, int(r.Start), int(r.End))
		}
		kind := uint64(kinds[slot])
		hit |= kind & (uint64(qCue|qStop) | pres<<1)
		if hit&^uint64(qStop) != 0 {
			return hit, true // the rest cannot take it back
		}
		pres = kind & uint64(qPresence)
	}
	return hit, true
}
