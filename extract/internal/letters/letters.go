// Package letters lists the runs of ASCII letters of an article. The
// timex tokeniser finds every word once per article anyway; it records
// the runs as it goes, and trips' sentence filter, which looks only at
// runs of letters (a cue word is letters only), reads them instead of
// scanning every sentence's bytes again.
package letters

// Run is a maximal run of ASCII letters: text[Start:End] of the article,
// with no ASCII letter just before or after it.
type Run struct {
	Start, End int32
	// Low is the run's first eight bytes lower-cased (bit 0x20 set in
	// each), little-endian, the bytes past a shorter run zero.
	Low uint64
}

// Low8 is Run.Low of the run of ASCII letters w.
func Low8(w string) uint64 {
	var x uint64
	for k := 0; k < len(w) && k < 8; k++ {
		x |= uint64(w[k]|0x20) << (8 * k)
	}
	return x
}

// Append appends the runs of text[i:j] to runs. No run may cross i or j
// (the bytes at i-1 and j are no letters): the piece is a token that
// holds letters among other runes ("Friday's", "café", "30th").
func Append(runs []Run, text string, i, j int) []Run {
	for k := i; k < j; {
		if !isLetter(text[k]) {
			k++
			continue
		}
		st := k
		for k < j && isLetter(text[k]) {
			k++
		}
		runs = append(runs, Run{Start: int32(st), End: int32(k), Low: Low8(text[st:k])})
	}
	return runs
}

// Of returns the runs of text: the specification a tokeniser that
// records runs is held to.
func Of(text string) []Run { return Append(nil, text, 0, len(text)) }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
